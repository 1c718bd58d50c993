using Hotline.Domain.Language;

namespace Hotline.Domain.Screening;

/// <summary>
/// One warning sign as content defines it. <paramref name="Question"/> names the
/// <see cref="ScreeningAnswers"/> answer that reveals it (e.g. <c>passport</c>), so flows and docs can
/// say which question feeds which sign. <paramref name="AlwaysHigh"/> makes the whole result high
/// on its own, whatever the thresholds (recruiting a child is a crime, not a risk factor).
/// </summary>
public sealed record Indicator(
    string Id,
    int Weight,
    bool AlwaysHigh,
    string Question,
    IReadOnlyDictionary<LanguageForm, string> Reason,
    string Source);
