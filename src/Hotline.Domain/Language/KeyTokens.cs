namespace Hotline.Domain.Language;

internal enum TokenKind : byte
{
    /// <summary>a–z.</summary>
    Latin,
    /// <summary>ASCII digits, possibly with separators kept between them ("1,000", "12/3/2026").</summary>
    Digits,
    /// <summary>A run of Khmer letters and marks.</summary>
    Khmer,
    /// <summary>One currency sign or a "+".</summary>
    Symbol,
    /// <summary>Letters of another script (Thai, Cyrillic…).</summary>
    Other,
}

/// <summary>A slice of a key. Tokens break at spaces and wherever the kind of character changes ("៥ម៉ឺន" → 5 | ម៉ឺន).</summary>
internal readonly record struct KeyToken(TokenKind Kind, int Start, int Length, bool SpaceBefore)
{
    public int End => Start + Length;
    public ReadOnlySpan<char> In(string key) => key.AsSpan(Start, Length);
}

internal static class KeyTokens
{
    /// <summary>Splits a key into tokens. Returns how many were written; stops when <paramref name="into"/> is full.</summary>
    public static int Split(string key, Span<KeyToken> into)
    {
        var count = 0;
        var i = 0;
        var spaceBefore = false;
        while (i < key.Length && count < into.Length)
        {
            var c = key[i];
            if (c == ' ') { spaceBefore = true; i++; continue; }
            var kind = KindOf(c);
            var start = i;
            i++;
            if (kind == TokenKind.Symbol)
            {
                into[count++] = new KeyToken(kind, start, 1, spaceBefore);
                spaceBefore = false;
                continue;
            }
            while (i < key.Length)
            {
                var d = key[i];
                if (d == ' ') break;
                var k = KindOf(d);
                if (k == kind) { i++; continue; }
                // Separators kept in a key always sit between two digits.
                if (kind == TokenKind.Digits && d is '.' or ',' or '/' or ':' or '-') { i++; continue; }
                break;
            }
            into[count++] = new KeyToken(kind, start, i - start, spaceBefore);
            spaceBefore = false;
        }
        return count;
    }

    private static TokenKind KindOf(char c)
    {
        if (c is >= 'a' and <= 'z') return TokenKind.Latin;
        if (c is >= '0' and <= '9') return TokenKind.Digits;
        if (KhmerChars.IsWordChar(c)) return TokenKind.Khmer;
        if (c is '+' or '$' or '\u17DB' or '\u0E3F' or '\u20A9' or '\u00A5' or '\u20AC' or '\u00A3' or '\u20AB' or '\u20B1' or '\u20B9') return TokenKind.Symbol;
        if (c is '.' or ',' or '/' or ':' or '-') return TokenKind.Symbol;
        return char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol ? TokenKind.Symbol : TokenKind.Other;
    }
}
