using Hotline.Domain.Language.Recognisers;
using static Hotline.Domain.Language.LanguageForm;

namespace Hotline.Domain.Tests.Language.Replies;

/// <summary>Answers to "How long is the contract? / How long have you worked there?".</summary>
public static class DurationReplies
{
    private static Duration D(int n) => new(n, DurationUnit.Day);
    private static Duration W(int n) => new(n, DurationUnit.Week);
    private static Duration M(int n) => new(n, DurationUnit.Month);
    private static Duration Y(int n) => new(n, DurationUnit.Year);

    public static readonly Reply[] All =
    [
        new(Km, "៣ខែ", M(3)),
        new(Km, "៣ ខែ", M(3)),
        new(Km, "បីខែ", M(3)),
        new(Km, "ពីរឆ្នាំ", Y(2)),
        new(Km, "២ឆ្នាំ", Y(2)),
        new(Km, "មួយឆ្នាំកន្លះ", M(18)),
        new(Km, "កន្លះឆ្នាំ", M(6)),
        new(Km, "ដប់ថ្ងៃ", D(10)),
        new(Km, "ពីរសប្តាហ៍", W(2)),
        new(Km, "បីអាទិត្យ", W(3)),
        new(Km, "ប្រហែល ៦ ខែ", M(6)),
        new(Km, "កិច្ចសន្យា ២ ឆ្នាំ", Y(2)),
        new(Km, "ខែ៣", null),
        new(Km, "យូរហើយ", null),
        new(Km, "ខែ", null),
        new(KmLatn, "3 khae", M(3)),
        new(KmLatn, "bei khae", M(3)),
        new(KmLatn, "2 chhnam", Y(2)),
        new(KmLatn, "pii chnam", Y(2)),
        new(KmLatn, "muoy chhnam konlah", M(18)),
        new(KmLatn, "10 thngai", D(10)),
        new(KmLatn, "dop tngai", D(10)),
        new(KmLatn, "2 sapda", W(2)),
        new(KmLatn, "bei atit", W(3)),
        new(KmLatn, "yu heuy", null),
        new(KmLatn, "khae", null),
        new(En, "3 months", M(3)),
        new(En, "3 month", M(3)),
        new(En, "3months", M(3)),
        new(En, "three months", M(3)),
        new(En, "2 years", Y(2)),
        new(En, "two years", Y(2)),
        new(En, "1 yr", Y(1)),
        new(En, "a month", M(1)),
        new(En, "one week", W(1)),
        new(En, "10 days", D(10)),
        new(En, "about 6 months", M(6)),
        new(En, "1.5 years", M(18)),
        new(En, "a year and a half", M(18)),
        new(En, "2 years or 3 years", null),
        new(En, "long time", null),
        new(En, "months", null),
        new(En, "12", null),
        new(En, "", null),
    ];
}
