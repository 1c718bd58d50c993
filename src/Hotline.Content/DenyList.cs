using Hotline.Domain.Language;

namespace Hotline.Content;

/// <summary>
/// Words a client-facing text must never contain (rule R1: whoever holds the phone can read the thread, so no
/// text names trafficking, victims, police, shelters, cases or any organisation). Every word is checked against
/// every language form of every text: a Khmer word inside a romanized text is as telling as in a Khmer one.
/// Khmer is matched inside words (it has no spaces); Latin words match whole words only, so "case" does not
/// flag "suitcase".
/// </summary>
public sealed class DenyList(IReadOnlyList<(string Word, string Key, string Language)> words)
{
    public IReadOnlyList<(string Word, string Key, string Language)> Words { get; } = words;

    /// <summary>The listed words that occur in the text.</summary>
    public IEnumerable<string> Find(string text)
    {
        var normalised = TextNormaliser.Normalise(text);
        var padded = " " + Latin(normalised.Key) + " ";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, key, _) in Words)
        {
            // Spellings the normaliser unifies (ប៉ូលិស / ប៉ូលីស) are one finding, not two.
            if (!seen.Add(key)) continue;
            var khmer = key.Any(c => c is >= '\u1780' and <= '\u17FF');
            if (khmer ? normalised.Key.Contains(key, StringComparison.Ordinal) : padded.Contains(" " + Latin(key) + " ", StringComparison.Ordinal))
                yield return word;
        }
    }

    /// <summary>Letters and digits kept, everything else a single space, for whole-word Latin matching.</summary>
    private static string Latin(string key)
    {
        var chars = new char[key.Length];
        for (var i = 0; i < key.Length; i++) chars[i] = char.IsLetterOrDigit(key[i]) ? char.ToLowerInvariant(key[i]) : ' ';
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
