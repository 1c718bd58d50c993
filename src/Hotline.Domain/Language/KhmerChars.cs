namespace Hotline.Domain.Language;

/// <summary>Character classes of the Khmer script that matching needs (Unicode blocks U+1780–U+17FF, U+19E0–U+19FF).</summary>
internal static class KhmerChars
{
    public const char Coeng = '\u17D2';

    public static bool IsKhmer(char c) => c is >= '\u1780' and <= '\u17FF' or >= '\u19E0' and <= '\u19FF';

    /// <summary>A consonant or independent vowel: a character that starts a written syllable.</summary>
    public static bool IsBase(char c) => c is >= '\u1780' and <= '\u17B3';

    /// <summary>A dependent vowel, sign or coeng: a character that belongs to the syllable before it.</summary>
    public static bool IsMark(char c) => c is >= '\u17B4' and <= '\u17D3' or '\u17DD';

    /// <summary>Khmer characters that are part of a word (letters, marks, the repetition sign ៗ), not digits or punctuation.</summary>
    public static bool IsWordChar(char c) => c is >= '\u1780' and <= '\u17D3' or '\u17D7' or '\u17DC' or '\u17DD' or >= '\u19E0' and <= '\u19FF';

    /// <summary>True when position <paramref name="i"/> starts a written syllable (a base letter not written as a subscript).</summary>
    public static bool StartsSyllable(ReadOnlySpan<char> text, int i)
        => i < text.Length && IsBase(text[i]) && (i == 0 || text[i - 1] != Coeng);

    /// <summary>True when a match ending just before <paramref name="end"/> does not cut a syllable in two.</summary>
    public static bool EndsSyllable(ReadOnlySpan<char> text, int end)
        => end >= text.Length || !IsMark(text[end]);
}
