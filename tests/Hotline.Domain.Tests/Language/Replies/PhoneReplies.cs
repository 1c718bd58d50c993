using Hotline.Domain.Language.Recognisers;
using static Hotline.Domain.Language.LanguageForm;

namespace Hotline.Domain.Tests.Language.Replies;

/// <summary>Answers to "What number can we call you on?" (sender in Cambodia: default country KH).</summary>
public static class PhoneReplies
{
    private static PhoneNumber Kh(string e164) => new(e164, "KH");
    private static PhoneNumber Th(string e164) => new(e164, "TH");

    public static readonly Reply[] All =
    [
        new(En, "012345678", Kh("+85512345678")),
        new(En, "012 345 678", Kh("+85512345678")),
        new(En, "012-345-678", Kh("+85512345678")),
        new(En, "012.345.678", Kh("+85512345678")),
        new(En, "0123456789", Kh("+855123456789")),
        new(En, "+85512345678", Kh("+85512345678")),
        new(En, "+855 (0)12 345 678", Kh("+85512345678")),
        new(En, "855 12 345 678", Kh("+85512345678")),
        new(En, "0971234567", Kh("+855971234567")),
        new(En, "096 123 4567", Kh("+855961234567")),
        new(En, "010 999 888", Kh("+85510999888")),
        new(En, "070 555 444", Kh("+85570555444")),
        new(En, "023 123 456", Kh("+85523123456")),
        new(En, "call me 092 111 222 please", Kh("+85592111222")),
        new(En, "+66812345678", Th("+66812345678")),
        new(En, "+66 91 234 5678", Th("+66912345678")),
        new(En, "0066 81 234 5678", Th("+66812345678")),
        new(En, "66 81 234 5678", Th("+66812345678")),
        new(En, "0912345678", Th("+66912345678")),
        new(En, "+60 11-2345 6789", new PhoneNumber("+601123456789", "MY")),
        new(En, "+82 10 1234 5678", new PhoneNumber("+821012345678", "KR")),
        new(En, "+81 90 1234 5678", new PhoneNumber("+819012345678", "JP")),
        new(Km, "០១២៣៤៥៦៧៨", Kh("+85512345678")),
        new(Km, "០៩៧ ១២៣ ៤៥៦៧", Kh("+855971234567")),
        new(Km, "លេខខ្ញុំ ០១០ ៩៩៩ ៨៨៨", Kh("+85510999888")),
        new(Km, "+៦៦ ៨១ ២៣៤ ៥៦៧៨", Th("+66812345678")),
        new(Km, "ទូរស័ព្ទ 012 345 678", Kh("+85512345678")),
        new(Km, "អត់មានលេខទេ", null),
        new(KmLatn, "lek knhom 012 345 678", Kh("+85512345678")),
        new(KmLatn, "lek thai 0812345678", Th("+66812345678")),
        new(KmLatn, "ot mean lek", null),
        new(En, "117", null),
        new(En, "1234567", null),
        new(En, "0000000000", null),
        new(En, "01234", null),
        new(En, "12/03/2026", null),
        new(En, "$1,000,000", null),
        new(En, "+999 123 456 789", null),
        new(En, "0123456789012345", null),
        new(En, "no phone", null),
        new(En, "", null),
    ];
}
