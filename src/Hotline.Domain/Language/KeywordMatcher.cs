namespace Hotline.Domain.Language;

/// <summary>
/// Matches content keywords against a message. Khmer is written without spaces between words, so a Khmer
/// phrase matches inside a longer run; a Latin keyword matches whole words only.
/// Keywords are given as keys (<see cref="TextNormaliser.Key"/>).
/// </summary>
/// <remarks>
/// Spaces next to Khmer are optional on both sides ("ឈប់ ផ្ញើ" matches "ឈប់ផ្ញើ"), since Khmer writers use a
/// space where English would use a comma. A Khmer match must start and end on syllable boundaries, so ចាស
/// ("yes") is not found in ចាស់ ("old"). Runs on every message for the urgent-danger phrases: no allocation,
/// one vectorised search for the phrase's first character.
/// </remarks>
public static class KeywordMatcher
{
    /// <summary>True when the whole message is this keyword (ignoring punctuation, case, invisibles).</summary>
    public static bool IsExactly(NormalisedText text, string keywordKey)
    {
        if (string.IsNullOrEmpty(keywordKey)) return false;
        var key = text.Key;
        if (string.Equals(key, keywordKey, StringComparison.Ordinal)) return true;
        return MatchAt(key, 0, keywordKey) == key.Length;
    }

    /// <summary>True when the message contains the phrase.</summary>
    public static bool Contains(NormalisedText text, string phraseKey)
    {
        if (string.IsNullOrEmpty(phraseKey)) return false;
        var key = text.Key;
        var phrase = phraseKey.AsSpan().Trim(' ');
        if (phrase.IsEmpty || key.Length < 1) return false;
        var first = phrase[0];
        var from = 0;
        while (from < key.Length)
        {
            var at = key.AsSpan(from).IndexOf(first);
            if (at < 0) return false;
            at += from;
            if (StartsWord(key, at, first) && MatchAt(key, at, phrase) >= 0) return true;
            from = at + 1;
        }
        return false;
    }

    /// <summary>Where a match of <paramref name="phrase"/> starting at <paramref name="at"/> ends, or -1.</summary>
    private static int MatchAt(string key, int at, ReadOnlySpan<char> phrase)
    {
        var t = at;
        var p = 0;
        var prev = '\0';
        while (p < phrase.Length)
        {
            var pc = phrase[p];
            if (pc == ' ')
            {
                var next = p + 1 < phrase.Length ? phrase[p + 1] : '\0';
                if (KhmerChars.IsKhmer(prev) || KhmerChars.IsKhmer(next))
                {
                    p++;
                    if (t < key.Length && key[t] == ' ') t++;
                    continue;
                }
                if (t < key.Length && key[t] == ' ') { t++; p++; prev = ' '; continue; }
                return -1;
            }
            if (t < key.Length && key[t] == ' ' && (KhmerChars.IsKhmer(prev) || KhmerChars.IsKhmer(pc))) t++;
            if (t >= key.Length || key[t] != pc) return -1;
            prev = pc;
            t++;
            p++;
        }
        return EndsWord(key, t, prev) ? t : -1;
    }

    private static bool StartsWord(string key, int at, char first)
    {
        if (at == 0) return true;
        var before = key[at - 1];
        if (KhmerChars.IsKhmer(first)) return before != KhmerChars.Coeng && !KhmerChars.IsMark(first);
        if (first is >= 'a' and <= 'z') return before is not (>= 'a' and <= 'z');
        if (first is >= '0' and <= '9') return before is not (>= '0' and <= '9');
        return true;
    }

    private static bool EndsWord(string key, int end, char last)
    {
        if (end >= key.Length) return true;
        var after = key[end];
        if (KhmerChars.IsKhmer(last)) return !KhmerChars.IsMark(after);
        if (last is >= 'a' and <= 'z') return after is not (>= 'a' and <= 'z');
        if (last is >= '0' and <= '9') return after is not (>= '0' and <= '9');
        return true;
    }
}
