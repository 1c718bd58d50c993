using Hotline.Domain.Language;

namespace Hotline.Domain.Screening;

/// <summary>One concrete thing to do after a screening ("don't hand over your passport"), in each language form.</summary>
public sealed record NextStep(string Key, IReadOnlyDictionary<LanguageForm, string> Text);

/// <summary>
/// Picks the next step. Rules are tried in content order and the first that fits wins; a rule fits
/// when the result is at least <paramref name="Level"/> (if given) and shows <paramref name="Indicator"/>
/// (if given). The last rule has neither and catches everything.
/// </summary>
public sealed record NextStepRule(string Step, RiskLevel? Level, string? Indicator)
{
    public bool Fits(RiskLevel level, IReadOnlySet<string> indicators) =>
        (Level is null || level >= Level) && (Indicator is null || indicators.Contains(Indicator));
}
