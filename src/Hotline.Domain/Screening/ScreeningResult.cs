namespace Hotline.Domain.Screening;

/// <summary>
/// The outcome of a screening: the level, the score it came from, at most three reasons (indicator
/// ids, heaviest first) to show the person, one next step key, and every sign found (for statistics).
/// </summary>
public sealed record ScreeningResult(
    RiskLevel Level,
    int Score,
    IReadOnlyList<string> TopReasons,
    string NextStep,
    IReadOnlyList<string> Indicators);
