using System.Buffers;
using System.Globalization;
using System.Text;

namespace Hotline.Domain.Language;

/// <summary>Turns raw text into <see cref="NormalisedText"/>. Total: never throws, whatever arrives.</summary>
/// <remarks>
/// <para><b>Clean</b> keeps what the person wrote, minus what no one can see: zero-width spaces and joiners,
/// BOM, soft hyphen, word joiner, every other format (Cf) and control character, Khmer inherent-vowel signs.
/// Lone surrogates become U+FFFD so the text can always be stored. Then NFC, then whitespace runs → one space.</para>
/// <para><b>Key</b> is for matching only: digits of any script → ASCII; Latin lower-cased with diacritics
/// removed and letters typed three or more times in a row kept once ("yeees" → "yes"); Khmer syllables in one
/// canonical order (<see cref="KhmerKey"/>); punctuation, emoji and other symbols become word breaks.
/// What belongs to a number survives: a separator between two digits ("1,000", "12/3/2026", "1.5"),
/// a "+" before digits, and currency signs ($ ៛ ฿). An apostrophe inside a Latin word is dropped ("don't" → "dont").</para>
/// </remarks>
public static class TextNormaliser
{
    private const int StackLimit = 512;

    public static NormalisedText Normalise(string? raw)
    {
        var original = raw ?? string.Empty;
        string clean;
        try { clean = Clean(original); }
        catch (ArgumentException) { clean = string.Empty; }   // unreachable by construction; totality is the contract
        var key = BuildKey(clean, out var script);
        return new NormalisedText(original, clean, key, script);
    }

    /// <summary>The matching key of a keyword or synonym written in content, built exactly as for messages.</summary>
    public static string Key(string text) => Normalise(text).Key;

    private static string Clean(string s)
    {
        if (IsAlreadyClean(s)) return s;
        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        var needsNfc = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    Flush(sb, ref pendingSpace);
                    sb.Append(c).Append(s[i + 1]);
                    i++;
                }
                else { Flush(sb, ref pendingSpace); sb.Append('\uFFFD'); }
                continue;
            }
            if (char.IsLowSurrogate(c)) { Flush(sb, ref pendingSpace); sb.Append('\uFFFD'); continue; }
            if (char.IsWhiteSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (IsInvisible(c)) continue;
            Flush(sb, ref pendingSpace);
            sb.Append(c);
            if (c >= '\u0300' && !KhmerChars.IsKhmer(c)) needsNfc = true;   // no Khmer character has a decomposition
        }
        var result = sb.ToString();
        if (needsNfc && !result.IsNormalized(NormalizationForm.FormC)) result = result.Normalize(NormalizationForm.FormC);
        return result;

        static void Flush(StringBuilder sb, ref bool pending)
        {
            if (pending) { sb.Append(' '); pending = false; }
        }
    }

    private static bool IsInvisible(char c)
    {
        if (c < '\u007F') return c < ' ';
        if (c is '\u17B4' or '\u17B5') return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.Format or UnicodeCategory.Control;
    }

    /// <summary>The common case — printable ASCII or Khmer with single spaces — needs no copy at all.</summary>
    private static bool IsAlreadyClean(string s)
    {
        if (s.Length == 0) return true;
        if (s[0] == ' ' || s[^1] == ' ') return false;
        var prevSpace = false;
        foreach (var c in s)
        {
            if (c is < ' ' or '\u007F' || c > '\u007F' && (!KhmerChars.IsKhmer(c) || c is '\u17B4' or '\u17B5')) return false;
            var space = c == ' ';
            if (space && prevSpace) return false;
            prevSpace = space;
        }
        return true;
    }

    private static string BuildKey(string clean, out Script script)
    {
        if (clean.Length == 0) { script = Script.None; return string.Empty; }
        var capacity = clean.Length * 2 + 2;
        char[]? rented = null;
        var buffer = capacity <= StackLimit ? stackalloc char[capacity] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var length = Fold(clean, buffer, out var hasKhmer, out var hasLatin);
            if (hasKhmer) length = KhmerKey.Reorder(buffer[..length]);
            script = hasKhmer ? (hasLatin ? Script.Mixed : Script.Khmer) : hasLatin ? Script.Latin : Script.None;
            var span = buffer[..length];
            var key = span.SequenceEqual(clean) ? clean : new string(span);
            return hasKhmer ? KhmerKey.FoldVariants(key) : key;
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private enum Last { None, Space, Latin, Digit, Other }

    private static int Fold(string s, Span<char> into, out bool hasKhmer, out bool hasLatin)
    {
        hasKhmer = false;
        hasLatin = false;
        var w = 0;
        var last = Last.None;
        Span<char> mapped = stackalloc char[2];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];

            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                var lower = (char)(c | 0x20);
                var run = 1;
                while (i + run < s.Length && (s[i + run] | 0x20) == lower && char.IsAsciiLetter(s[i + run])) run++;
                var emit = run >= 3 ? 1 : run;
                for (var k = 0; k < emit; k++) into[w++] = lower;
                i += run - 1;
                hasLatin = true;
                last = Last.Latin;
                continue;
            }
            if (c is >= '0' and <= '9') { into[w++] = c; last = Last.Digit; continue; }
            if (c == ' ') { Break(into, ref w, ref last); continue; }

            if (c >= '\u0080' && char.IsDigit(c))
            {
                var v = CharUnicodeInfo.GetDecimalDigitValue(c);
                if (v >= 0)
                {
                    into[w++] = (char)('0' + v);
                    last = Last.Digit;
                    if (KhmerChars.IsKhmer(c)) hasKhmer = true;
                    continue;
                }
            }

            if (KhmerChars.IsWordChar(c))
            {
                var n = KhmerKey.MapChar(c, mapped);
                for (var k = 0; k < n; k++) into[w++] = mapped[k];
                hasKhmer = true;
                last = Last.Other;
                continue;
            }

            if (c is '\'' or '\u2019' or '\u02BC' or '`' && last == Last.Latin && i + 1 < s.Length && char.IsLetter(s[i + 1]))
                continue;   // don't → dont, m'phei → mphei

            if (c is '.' or ',' or '/' or ':' or '-' && last == Last.Digit && i + 1 < s.Length && char.IsDigit(s[i + 1]))
            {
                into[w++] = c;
                continue;
            }

            if (c == '+' && last is Last.None or Last.Space && i + 1 < s.Length && char.IsDigit(s[i + 1]))
            {
                into[w++] = c;
                last = Last.Other;
                continue;
            }

            if (char.IsSurrogate(c)) { Break(into, ref w, ref last); continue; }

            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            switch (cat)
            {
                case UnicodeCategory.CurrencySymbol:
                    if (last is Last.Latin) into[w++] = ' ';
                    into[w++] = c;
                    last = Last.Other;
                    if (KhmerChars.IsKhmer(c)) hasKhmer = true;
                    continue;
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter:
                {
                    var folded = LatinFold.Fold(c);
                    if (folded.Length > 0)
                    {
                        foreach (var f in folded) into[w++] = f;
                        hasLatin = true;
                        last = Last.Latin;
                    }
                    else
                    {
                        into[w++] = char.ToLowerInvariant(c);
                        last = Last.Other;
                    }
                    continue;
                }
                case UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter:
                    into[w++] = c;
                    last = Last.Other;
                    continue;
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    // Marks of other scripts stay with their letter (Thai vowels); after a Latin letter, a
                    // digit or a symbol (emoji variation selectors, keycaps) they carry nothing to match.
                    if (last == Last.Other && w > 0 && into[w - 1] != ' ' && char.IsLetter(into[w - 1]) || last == Last.Other && w > 0 && CharUnicodeInfo.GetUnicodeCategory(into[w - 1]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                        into[w++] = c;
                    continue;
                default:
                    Break(into, ref w, ref last);
                    continue;
            }
        }
        if (w > 0 && into[w - 1] == ' ') w--;
        return w;
    }

    private static void Break(Span<char> into, ref int w, ref Last last)
    {
        if (last is not (Last.None or Last.Space)) into[w++] = ' ';
        if (last != Last.None) last = Last.Space;
    }
}
