using System.Text.RegularExpressions;

namespace Hotline.Domain.Screening;

/// <summary>
/// A completed screening as kept for statistics: where to, which sector, which signs, what level,
/// and the province if given. Nothing that identifies a person: no phone number, no message text,
/// no age, no time of day. Keys that do not look like content keys are dropped rather than stored,
/// so free text typed into a question can never end up here.
/// </summary>
public sealed partial record ScreeningRecord(
    string? Destination,
    string? Sector,
    IReadOnlyList<string> Indicators,
    RiskLevel Level,
    string? Province)
{
    public static ScreeningRecord From(ScreeningAnswers answers, ScreeningResult result) => new(
        KeyOrNull(answers.Destination),
        KeyOrNull(answers.Sector),
        result.Indicators.Order(StringComparer.Ordinal).ToList(),
        result.Level,
        answers.Province is { } p && ProvinceCode().IsMatch(p) ? p : null);

    private static string? KeyOrNull(string? value) => value is not null && ContentKey().IsMatch(value) ? value : null;

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,31}$")]
    private static partial Regex ContentKey();

    [GeneratedRegex("^KH-([1-9]|1[0-9]|2[0-5])$")]
    private static partial Regex ProvinceCode();
}
