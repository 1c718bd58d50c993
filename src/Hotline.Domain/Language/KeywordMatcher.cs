namespace Hotline.Domain.Language;

/// <summary>
/// Matches content keywords against a message. Khmer is written without spaces between words, so a Khmer
/// phrase matches inside a longer run; a Latin keyword matches whole words only.
/// Keywords are given as keys (<see cref="TextNormaliser.Key"/>).
/// </summary>
public static class KeywordMatcher
{
    /// <summary>True when the whole message is this keyword (ignoring punctuation, case, invisibles).</summary>
    public static bool IsExactly(NormalisedText text, string keywordKey) => text.Key == keywordKey;

    /// <summary>True when the message contains the phrase.</summary>
    public static bool Contains(NormalisedText text, string phraseKey) => text.Key.Contains(phraseKey, StringComparison.Ordinal);
}
