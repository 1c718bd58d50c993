namespace Hotline.Domain.Language;

/// <summary>
/// Puts Khmer text into one spelling for matching. Khmer has many encodings that look identical on screen
/// (marks typed in a different order, split vowels, subscript DA for TA, doubled marks, deprecated letters),
/// and Unicode normalisation changes none of them. Each written syllable is rebuilt in one order: base,
/// register shifters, robat, subscripts (subscript RO last), vowels, non-spacing signs, spacing signs —
/// the encoding order of the Unicode Standard, as used by Wikimedia's search normaliser.
/// The result is for comparison only: it may look different from what the person typed.
/// </summary>
internal static class KhmerKey
{
    private const int MaxUnits = 24;

    /// <summary>Maps one character that has a preferred equivalent. Returns the number of chars written (0 = drop).</summary>
    public static int MapChar(char c, Span<char> into)
    {
        switch (c)
        {
            case '\u17A3': into[0] = '\u17A2'; return 1;                       // deprecated ឣ → អ
            case '\u17A4': into[0] = '\u17A2'; into[1] = '\u17B6'; return 2;   // deprecated ឤ → អា
            case '\u17B1': into[0] = '\u17B2'; return 1;                       // ឱ and ឲ are the same word-initial vowel
            case '\u17D3': into[0] = '\u17C6'; return 1;                       // deprecated ៓ typed for ំ
            case '\u17DD': into[0] = '\u17D1'; return 1;                       // obsolete ៝ → ៑
            case '\u17CE': return 0;                                          // kakabat ៎ only colours the tone (ចាស៎ = ចាស)
            case '\u17B4': case '\u17B5': return 0;                            // invisible inherent vowels
            default: into[0] = c; return 1;
        }
    }

    /// <summary>Reorders every syllable in place. Returns the new length (never longer).</summary>
    public static int Reorder(Span<char> text)
    {
        Span<char> syllable = stackalloc char[64];
        Span<int> unitStart = stackalloc int[MaxUnits];
        Span<int> unitLength = stackalloc int[MaxUnits];
        Span<int> unitClass = stackalloc int[MaxUnits];
        var read = 0;
        var write = 0;
        while (read < text.Length)
        {
            var c = text[read];
            if (!KhmerChars.IsBase(c))
            {
                text[write++] = c;
                read++;
                continue;
            }

            // Find the syllable: the base and every mark or subscript that follows it.
            var end = read + 1;
            while (end < text.Length)
            {
                var m = text[end];
                if (m == KhmerChars.Coeng)
                {
                    end++;
                    if (end < text.Length && KhmerChars.IsBase(text[end])) end++;
                    continue;
                }
                if (KhmerChars.IsMark(m)) { end++; continue; }
                break;
            }

            var length = end - read;
            if (length == 1 || length > syllable.Length)
            {
                text.Slice(read, length).CopyTo(text.Slice(write));
                write += length;
                read = end;
                continue;
            }

            text.Slice(read, length).CopyTo(syllable);
            var units = 0;
            var ok = true;
            for (var i = 1; i < length;)
            {
                if (units == MaxUnits) { ok = false; break; }
                var m = syllable[i];
                int cls, len;
                if (m == KhmerChars.Coeng)
                {
                    var j = i;
                    while (j < length && syllable[j] == KhmerChars.Coeng) j++;   // doubled coeng counts once
                    if (j < length && KhmerChars.IsBase(syllable[j]))
                    {
                        // Keep the coeng right before its consonant; skip extra coengs.
                        i = j - 1;
                        len = 2;
                        cls = syllable[j] == '\u179A' ? 3 : 2;
                    }
                    else { i = j - 1; len = 1; cls = 2; }
                }
                else
                {
                    len = 1;
                    cls = m switch
                    {
                        '\u17C9' or '\u17CA' => 0,
                        '\u17CC' => 1,
                        >= '\u17B6' and <= '\u17C5' => 4,
                        '\u17C7' or '\u17C8' => 6,
                        _ => 5,
                    };
                }
                unitStart[units] = i;
                unitLength[units] = len;
                unitClass[units] = cls;
                units++;
                i += len;
            }

            if (!ok)
            {
                text.Slice(read, length).CopyTo(text.Slice(write));
                write += length;
                read = end;
                continue;
            }

            // Stable insertion sort by class.
            for (var i = 1; i < units; i++)
            {
                var s = unitStart[i]; var l = unitLength[i]; var k = unitClass[i];
                var j = i - 1;
                while (j >= 0 && unitClass[j] > k)
                {
                    unitStart[j + 1] = unitStart[j]; unitLength[j + 1] = unitLength[j]; unitClass[j + 1] = unitClass[j];
                    j--;
                }
                unitStart[j + 1] = s; unitLength[j + 1] = l; unitClass[j + 1] = k;
            }

            var syllableStart = write;
            text[write++] = syllable[0];
            var prevStart = -1; var prevLength = 0;
            for (var u = 0; u < units; u++)
            {
                var unit = syllable.Slice(unitStart[u], unitLength[u]);
                if (prevStart >= 0 && unit.SequenceEqual(syllable.Slice(prevStart, prevLength))) continue;   // doubled mark
                prevStart = unitStart[u]; prevLength = unitLength[u];
                if (unit.Length == 2 && unit[1] == '\u178A')
                {
                    // Subscript DA and subscript TA are drawn the same; both spellings are common (កណ្ដាល/កណ្តាល).
                    text[write++] = KhmerChars.Coeng;
                    text[write++] = '\u178F';
                    continue;
                }
                if (unit.Length == 1 && write > syllableStart + 1)
                {
                    var prev = text[write - 1];
                    var merged = (prev, unit[0]) switch
                    {
                        ('\u17C1', '\u17B8') or ('\u17B8', '\u17C1') => '\u17BE',   // េ + ី → ើ
                        ('\u17C1', '\u17B6') => '\u17C4',                           // េ + ា → ោ
                        _ => '\0',
                    };
                    if (merged != '\0') { text[write - 1] = merged; continue; }
                }
                unit.CopyTo(text.Slice(write));
                write += unit.Length;
            }
            read = end;
        }
        return write;
    }

    /// <summary>Whole-word spelling variants (after reordering) folded to the form our vocabulary uses.</summary>
    private static readonly (string From, string To, char NotBefore)[] Variants =
    [
        ("ប៉ូលីស", "ប៉ូលិស", '\0'),    // police
        ("ខែត្រ", "ខេត្ត", '\0'),       // province, old spelling
        ("ដុល្លា", "ដុល្លារ", 'រ'),      // dollar, short spelling (not when already ដុល្លារ)
    ];

    public static string FoldVariants(string key)
    {
        foreach (var (from, to, notBefore) in Variants)
        {
            var at = key.IndexOf(from, StringComparison.Ordinal);
            if (at < 0) continue;
            var sb = new System.Text.StringBuilder(key.Length + 4);
            var last = 0;
            while (at >= 0)
            {
                var after = at + from.Length;
                var blocked = notBefore != '\0' && after < key.Length && key[after] == notBefore;
                if (!blocked && KhmerChars.EndsSyllable(key, after))
                {
                    sb.Append(key, last, at - last).Append(to);
                    last = after;
                }
                at = key.IndexOf(from, after, StringComparison.Ordinal);
            }
            sb.Append(key, last, key.Length - last);
            key = sb.ToString();
        }
        return key;
    }
}
