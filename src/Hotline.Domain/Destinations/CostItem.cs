using Hotline.Domain.Language;

namespace Hotline.Domain.Destinations;

/// <summary>
/// A typical legitimate cost of migrating (passport, agency fee, …). A figure is only given with its
/// source and the date it was checked; otherwise <see cref="Amount"/> is null and the answer is "ask":
/// a made-up "normal" fee would teach people what a broker may charge.
/// </summary>
public sealed record CostItem(
    string Key,
    IReadOnlyDictionary<LanguageForm, string> Label,
    decimal? Amount,
    string Currency,
    string Source,
    DateOnly? Checked)
{
    public bool IsKnown => Amount is not null && Currency.Length > 0 && Source.Length > 0 && Checked is not null;
}
