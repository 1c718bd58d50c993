using Hotline.Domain.Language;

namespace Hotline.Domain.Dialogs;

/// <summary>
/// Phrases that mean immediate danger, by reason (<c>content/urgent.yaml</c>). Two strengths: a phrase that is
/// urgent anywhere in a message ("locked me in", "គេវាយខ្ញុំ"), and a plea that is urgent only as the whole
/// message ("help me", "ជួយខ្ញុំផង") — so "help me understand the contract" stays an ordinary answer. A third
/// kind needs several phrases together: a kept passport is a screening answer, a kept passport and "cannot
/// leave" is an emergency.
/// </summary>
public sealed class UrgentPhrases
{
    private readonly Dictionary<string, string> _exact;
    private readonly (string Key, string Reason)[] _contained;
    private readonly (string[] Keys, string Reason)[] _together;

    public UrgentPhrases(
        IEnumerable<(string Key, string Reason)> exact,
        IEnumerable<(string Key, string Reason)> contained,
        IEnumerable<(string[] Keys, string Reason)>? together = null)
    {
        _exact = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, reason) in exact) _exact.TryAdd(key, reason);
        _contained = contained.ToArray();
        _together = together?.ToArray() ?? [];
    }

    public static readonly UrgentPhrases None = new([], []);

    public IReadOnlyDictionary<string, string> Exact => _exact;
    public IReadOnlyList<(string Key, string Reason)> Contained => _contained;

    /// <summary>The reason code when the message is urgent, otherwise null.</summary>
    public string? Detect(NormalisedText text)
    {
        if (text.IsEmpty) return null;
        if (_exact.TryGetValue(text.Key, out var reason)) return reason;
        foreach (var (key, contained) in _contained)
        {
            if (KeywordMatcher.Contains(text, key)) return contained;
        }
        foreach (var (keys, together) in _together)
        {
            if (Array.TrueForAll(keys, k => KeywordMatcher.Contains(text, k))) return together;
        }
        return null;
    }
}
