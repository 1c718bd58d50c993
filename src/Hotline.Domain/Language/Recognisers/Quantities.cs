using Hotline.Domain.Language.Vocabulary;

namespace Hotline.Domain.Language.Recognisers;

internal enum ItemKind : byte
{
    /// <summary>A number written in digits ("300", "1,000", "1.5").</summary>
    Digits,
    /// <summary>A word from <see cref="QuantityWords"/>; see <see cref="Item.Word"/>.</summary>
    Word,
    /// <summary>Digits that are not a plain number: "12/3/2026", "1-2", "10:30".</summary>
    DigitPattern,
    Unknown,
}

internal readonly record struct Item(ItemKind Kind, decimal Value, QuantityWord Word, int Start, int End, bool SpaceBefore)
{
    public QuantityKind? WordKind => Kind == ItemKind.Word ? Word.Kind : null;

    public bool IsNumeric => Kind == ItemKind.Digits
        || Kind == ItemKind.Word && Word.Kind is QuantityKind.Unit or QuantityKind.Tens or QuantityKind.TensPrefix or QuantityKind.TensMarker
            or QuantityKind.Hundred or QuantityKind.Scale or QuantityKind.Half;
}

/// <summary>A number said in digits, words or both ("5 ម៉ឺន", "twenty five", "1.2 million"), over items [First, Last].</summary>
internal readonly record struct NumberPhrase(decimal Value, int First, int Last, bool Colloquial);

/// <summary>
/// Reads a key as a stream of quantity items (numbers, number words, currencies, units, markers, unknown text)
/// and finds the numbers in it. Shared by the number, money, age and duration recognisers.
/// </summary>
internal static class Quantities
{
    /// <summary>
    /// A cheap, allocation-free look for anything that could be a number: a digit, a number word, or a Latin
    /// word that splits into number words. Most replies ("yes", "ថៃ") have none and skip the full scan.
    /// </summary>
    public static bool MayHoldNumber(string key)
    {
        var i = 0;
        while (i < key.Length)
        {
            var c = key[i];
            if (c is >= '0' and <= '9') return true;
            if (c is >= 'a' and <= 'z')
            {
                var start = i;
                while (i < key.Length && key[i] is >= 'a' and <= 'z') i++;
                var word = key.AsSpan(start, i - start);
                if (QuantityWords.Lexicon.TryGet(word, out var w) && IsNumberKind(w.Kind)) return true;
                if (word.Length >= 5 && StartsWithNumberWord(word)) return true;
                continue;
            }
            if (KhmerChars.IsBase(c) && KhmerChars.StartsSyllable(key, i)
                && QuantityWords.Lexicon.TryMatchKhmer(key, i, out var k, out _) && IsNumberKind(k.Kind))
                return true;
            i++;
        }
        return false;
    }

    private static bool IsNumberKind(QuantityKind kind)
        => kind is QuantityKind.Unit or QuantityKind.Tens or QuantityKind.TensPrefix or QuantityKind.Hundred or QuantityKind.Scale;

    private static bool StartsWithNumberWord(ReadOnlySpan<char> word)
    {
        for (var len = Math.Min(9, word.Length - 1); len >= 2; len--)
            if (QuantityWords.NumberWordsOnly.TryGet(word[..len], out _)) return true;
        return false;
    }

    public static Item[] Scan(string key)
    {
        var tokenBuffer = key.Length <= 128 ? stackalloc KeyToken[key.Length + 1] : new KeyToken[key.Length + 1];
        var count = KeyTokens.Split(key, tokenBuffer);
        var tokens = tokenBuffer[..count];
        var items = new List<Item>(count + 4);
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            switch (token.Kind)
            {
                case TokenKind.Digits:
                {
                    // "1 000" / "12 345 678": a space between digit groups of three.
                    var end = t;
                    while (end + 1 < tokens.Length && IsPlainDigits(tokens[end].In(key)) && tokens[end + 1].Kind == TokenKind.Digits
                           && tokens[end + 1].Length == 3 && IsPlainDigits(tokens[end + 1].In(key)) && tokens[t].Length <= 3)
                        end++;
                    if (end > t)
                    {
                        var v = 0m;
                        for (var k = t; k <= end; k++) foreach (var ch in tokens[k].In(key)) v = v * 10 + (ch - '0');
                        items.Add(new Item(ItemKind.Digits, v, default, token.Start, tokens[end].End, token.SpaceBefore));
                        t = end;
                        break;
                    }
                    var value = ParseDigits(token.In(key));
                    items.Add(value is { } d
                        ? new Item(ItemKind.Digits, d, default, token.Start, token.End, token.SpaceBefore)
                        : new Item(ItemKind.DigitPattern, 0, default, token.Start, token.End, token.SpaceBefore));
                    break;
                }
                case TokenKind.Latin:
                {
                    if (QuantityWords.Lexicon.TryMatchLatin(key, tokens, t, out var word, out var used))
                    {
                        var last = tokens[t + used - 1];
                        items.Add(new Item(ItemKind.Word, word.Value, word, token.Start, last.End, token.SpaceBefore));
                        t += used - 1;
                    }
                    else if (!SplitRunTogether(token, key, items))
                    {
                        items.Add(new Item(ItemKind.Unknown, 0, default, token.Start, token.End, token.SpaceBefore));
                    }
                    break;
                }
                case TokenKind.Khmer:
                    ScanKhmer(key, token, items);
                    break;
                case TokenKind.Symbol:
                    if (QuantityWords.Lexicon.TryGet(token.In(key), out var symbol))
                        items.Add(new Item(ItemKind.Word, 0, symbol, token.Start, token.End, token.SpaceBefore));
                    else
                        items.Add(new Item(ItemKind.Unknown, 0, default, token.Start, token.End, token.SpaceBefore));
                    break;
                default:
                    items.Add(new Item(ItemKind.Unknown, 0, default, token.Start, token.End, token.SpaceBefore));
                    break;
            }
        }
        return items.ToArray();
    }

    private static bool IsPlainDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (c is < '0' or > '9') return false;
        return true;
    }

    private static void ScanKhmer(string key, KeyToken token, List<Item> items)
    {
        var run = token.In(key);
        var i = 0;
        while (i < run.Length)
        {
            var space = i == 0 && token.SpaceBefore;
            if (KhmerChars.StartsSyllable(run, i) && QuantityWords.Lexicon.TryMatchKhmer(run, i, out var word, out var length))
            {
                items.Add(new Item(ItemKind.Word, word.Value, word, token.Start + i, token.Start + i + length, space));
                i += length;
                continue;
            }
            var start = i;
            i++;
            while (i < run.Length && !(KhmerChars.StartsSyllable(run, i) && QuantityWords.Lexicon.TryMatchKhmer(run, i, out _, out _))) i++;
            items.Add(new Item(ItemKind.Unknown, 0, default, token.Start + start, token.Start + i, space));
        }
    }

    /// <summary>"mpheypram", "prammuoy": romanized numbers typed without spaces, only when the whole token splits.</summary>
    private static bool SplitRunTogether(KeyToken token, string key, List<Item> items)
    {
        var word = token.In(key);
        if (word.Length < 5) return false;
        Span<(int Start, int Length)> parts = stackalloc (int, int)[8];
        var n = 0;
        var i = 0;
        while (i < word.Length)
        {
            if (n == parts.Length) return false;
            var found = 0;
            for (var len = Math.Min(9, word.Length - i); len >= 2; len--)
                if (QuantityWords.NumberWordsOnly.TryGet(word.Slice(i, len), out _)) { found = len; break; }
            if (found == 0) return false;
            parts[n++] = (i, found);
            i += found;
        }
        if (n < 2) return false;
        for (var k = 0; k < n; k++)
        {
            QuantityWords.NumberWordsOnly.TryGet(word.Slice(parts[k].Start, parts[k].Length), out var w);
            items.Add(new Item(ItemKind.Word, w.Value, w, token.Start + parts[k].Start, token.Start + parts[k].Start + parts[k].Length, k == 0 && token.SpaceBefore));
        }
        return true;
    }

    /// <summary>
    /// "300", "1,000", "1.000", "1.5", "1,5", "1,000.50". A "." or "," followed by exactly three digits groups
    /// thousands (riel is never written with decimals); otherwise it is the decimal point. Null for dates and ranges.
    /// </summary>
    public static decimal? ParseDigits(ReadOnlySpan<char> s)
    {
        if (s.IndexOfAny('/', ':', '-') >= 0) return null;
        if (s.Length > 24) return null;
        var lastSep = s.LastIndexOfAny('.', ',');
        if (lastSep < 0) return ParsePlain(s);
        var firstSep = s.IndexOfAny('.', ',');
        var groupsAfterLast = s.Length - lastSep - 1;
        var mixed = s.Contains('.') && s.Contains(',');
        bool lastIsDecimal;
        if (mixed) lastIsDecimal = true;
        else if (firstSep != lastSep) lastIsDecimal = false;   // "1,000,000"
        else lastIsDecimal = groupsAfterLast != 3 || firstSep > 3 || s[..firstSep].Length == 0;
        var integerPart = lastIsDecimal ? s[..lastSep] : s;
        // Thousands groups must be three digits each, the first one to three.
        decimal value = 0;
        var groupLength = 0;
        var groups = 0;
        foreach (var c in integerPart)
        {
            if (c is >= '0' and <= '9') { value = value * 10 + (c - '0'); groupLength++; continue; }
            if (groupLength == 0 || groups == 0 && groupLength > 3 || groups > 0 && groupLength != 3) return null;
            groups++;
            groupLength = 0;
        }
        if (groupLength == 0 || groups > 0 && groupLength != 3) return null;
        if (!lastIsDecimal) return value;
        decimal fraction = 0, scale = 1;
        foreach (var c in s[(lastSep + 1)..])
        {
            if (c is < '0' or > '9') return null;
            fraction = fraction * 10 + (c - '0');
            scale *= 10;
        }
        return value + fraction / scale;
    }

    private static decimal? ParsePlain(ReadOnlySpan<char> s)
    {
        if (s.Length is 0 or > 24) return null;
        decimal v = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9') return null;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /// <summary>Finds every number phrase among the items.</summary>
    public static List<NumberPhrase> Phrases(ReadOnlySpan<Item> items, string key)
    {
        var phrases = new List<NumberPhrase>(2);
        var i = 0;
        while (i < items.Length)
        {
            if (!StartsPhrase(items, i, key)) { i++; continue; }
            var end = i;
            while (end + 1 < items.Length && Continues(items, end, end + 1, key)) end++;
            if (Evaluate(items[i..(end + 1)], key) is { } parsed)
                phrases.Add(new NumberPhrase(parsed.Value / 1.000000000000000000000000000000000m, i, end, parsed.Colloquial));   // drop trailing zeros: 1.2 million is 1200000, not 1200000.0
            i = end + 1;
        }
        return phrases;
    }

    private static bool StartsPhrase(ReadOnlySpan<Item> items, int i, string key)
    {
        var item = items[i];
        if (item.Kind == ItemKind.Digits) return true;
        if (item.WordKind is QuantityKind.Article)
            return i + 1 < items.Length && items[i + 1].WordKind is QuantityKind.Hundred or QuantityKind.Scale && !IsK(items[i + 1], key);
        if (item.WordKind is QuantityKind.TensPrefix)
            return i + 1 < items.Length && items[i + 1].WordKind is QuantityKind.Unit or QuantityKind.TensMarker;
        if (item.WordKind is QuantityKind.TensMarker or QuantityKind.Half) return false;
        if (IsK(item, key)) return false;
        return item.IsNumeric;
    }

    private static bool IsK(Item item, string key) => item.WordKind == QuantityKind.Scale && item.End - item.Start == 1 && key[item.Start] == 'k';

    private static bool Continues(ReadOnlySpan<Item> items, int prev, int next, string key)
    {
        var a = items[prev];
        var b = items[next];
        if (b.WordKind == QuantityKind.And)
            return next + 1 < items.Length && items[next + 1].IsNumeric && items[next + 1].Kind != ItemKind.Digits;
        if (a.WordKind == QuantityKind.And) return b.IsNumeric;
        if (!b.IsNumeric) return false;
        if (b.Kind == ItemKind.Digits)
            return a.WordKind is QuantityKind.Scale && !IsK(a, key) && !b.SpaceBefore;   // "2ម៉ឺន5"
        if (a.Kind == ItemKind.Digits)
            return b.WordKind is QuantityKind.Scale or QuantityKind.Hundred or QuantityKind.Half;
        if (b.WordKind == QuantityKind.TensPrefix)
            return next + 1 < items.Length && items[next + 1].WordKind is QuantityKind.Unit or QuantityKind.TensMarker;
        return true;
    }

    private static (decimal Value, bool Colloquial)? Evaluate(ReadOnlySpan<Item> items, string key)
    {
        decimal total = 0, current = 0;
        decimal lastScale = 0;
        var anyNumber = false;
        var colloquial = false;
        QuantityKind? previous = null;
        decimal previousUnit = -1;
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item.Kind == ItemKind.Digits)
            {
                if (current != 0) return null;
                // "2ម៉ឺន5": a lone digit after a scale is the next-lower place, as in speech.
                if (previous == QuantityKind.Scale && i == items.Length - 1 && item.Value is >= 1 and <= 9 && lastScale >= 1000)
                {
                    total += item.Value * (lastScale / 10);
                    colloquial = true;
                }
                else current = item.Value;
                anyNumber = true;
                previous = null;
                previousUnit = -1;
                continue;
            }
            var w = item.Word;
            switch (w.Kind)
            {
                case QuantityKind.Unit:
                    if (previous == QuantityKind.Unit)
                    {
                        // Khmer 6–9 are said 5+1 … 5+4: ប្រាំមួយ, "pram pii".
                        if (previousUnit != 5 || w.Value is < 1 or > 4) return null;
                    }
                    else if (previous == QuantityKind.Scale && i == items.Length - 1 && w.Value is >= 1 and <= 9 && lastScale >= 1000 && current == 0)
                    {
                        total += w.Value * (lastScale / 10);   // "ពីរពាន់ប្រាំ" = 2,500
                        colloquial = true;
                        anyNumber = true;
                        previous = QuantityKind.Unit;
                        previousUnit = -1;
                        continue;
                    }
                    else if (current % 10 != 0) return null;
                    current += w.Value;
                    anyNumber = true;
                    previousUnit = w.Value;
                    break;
                case QuantityKind.Tens:
                    if (current % 100 != 0) return null;
                    current += w.Value;
                    anyNumber = true;
                    break;
                case QuantityKind.TensPrefix:
                    if (current % 100 != 0) return null;
                    current += w.Value;
                    anyNumber = true;
                    if (i + 1 < items.Length && items[i + 1].WordKind == QuantityKind.TensMarker) i++;
                    else colloquial = true;
                    break;
                case QuantityKind.TensMarker:
                    return null;
                case QuantityKind.Hundred:
                    if (current == 0) current = 1;
                    if (current >= 100) return null;
                    current *= 100;
                    anyNumber = true;
                    break;
                case QuantityKind.Scale:
                    if (IsK(item, key) && (i == 0 || items[i - 1].Kind != ItemKind.Digits)) return null;
                    if (current == 0)
                    {
                        if (total > 0 && w.Value > lastScale) total *= w.Value;
                        else total += w.Value;
                    }
                    else
                    {
                        if (total > 0 && w.Value > lastScale) total = (total + current) * w.Value;
                        else total += current * w.Value;
                    }
                    current = 0;
                    lastScale = w.Value;
                    anyNumber = true;
                    break;
                case QuantityKind.Half:
                    if (previous == QuantityKind.Scale) total += lastScale / 2;
                    else if (previous == QuantityKind.Hundred) current += 50;
                    else current += 0.5m;
                    break;
                case QuantityKind.Article:
                    current = 1;
                    break;
                case QuantityKind.And:
                    break;
                default:
                    return null;
            }
            previous = w.Kind;
            if (w.Kind != QuantityKind.Unit) previousUnit = -1;
        }
        if (!anyNumber) return null;
        return (total + current, colloquial);
    }

    /// <summary>True when every item outside [first, last] is a softener or a filler word.</summary>
    public static bool OnlyFillersOutside(ReadOnlySpan<Item> items, int first, int last)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (i >= first && i <= last) continue;
            if (items[i].WordKind is not QuantityKind.Filler) return false;
        }
        return true;
    }
}
