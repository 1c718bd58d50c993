using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.CheckIns;

/// <summary>
/// Reads the answer to "roughly how much did you earn last month?": an amount (see <see cref="MoneyRecogniser"/>),
/// or "nothing" in any of the three forms, which is an income of zero — not a failure to understand.
/// </summary>
public static class MonthlyIncome
{
    private static readonly string[] Nothing =
    [
        "no money", "nothing", "none", "zero", "no income", "not any", "0",
        "អត់មានលុយ", "អត់មាន", "អត់បានលុយ", "អត់បាន", "គ្មាន", "គ្មានលុយ", "អត់មានទេ", "អត់ទេ", "សូន្យ",
        "ot mean luy", "ot mean", "ot ban luy", "ot ban", "kmean", "kmean luy", "ot mean te", "ot te", "soun",
    ];

    private static readonly HashSet<string> NothingKeys = Nothing.Select(TextNormaliser.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>The amount said, Money(0, null) for "nothing", or null when the reply is not an income.</summary>
    public static Recognised<Money>? Read(NormalisedText text)
    {
        if (NothingKeys.Contains(text.Key)) return new Recognised<Money>(new Money(0, null), 0.95);
        return MoneyRecogniser.Recognise(text);
    }
}
