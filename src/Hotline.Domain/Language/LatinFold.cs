using System.Globalization;
using System.Text;

namespace Hotline.Domain.Language;

/// <summary>Latin letters with diacritics → plain lower-case ASCII ("É" → "e", "ß" → "ss"), precomputed once.</summary>
internal static class LatinFold
{
    private const char First = '\u00C0';
    private const char Last = '\u024F';
    private const char ExtFirst = '\u1E00';
    private const char ExtLast = '\u1EFF';

    private static readonly string[] Table = Build(First, Last);
    private static readonly string[] ExtTable = Build(ExtFirst, ExtLast);

    /// <summary>The ASCII spelling of a Latin letter, or empty when the letter is not Latin.</summary>
    public static string Fold(char c)
    {
        if (c is >= 'A' and <= 'Z') return ((char)(c | 0x20)).ToString();
        if (c is >= First and <= Last) return Table[c - First];
        if (c is >= ExtFirst and <= ExtLast) return ExtTable[c - ExtFirst];
        return string.Empty;
    }

    private static string[] Build(char first, char last)
    {
        var table = new string[last - first + 1];
        for (var c = first; c <= last; c++)
        {
            var special = c switch
            {
                'ß' => "ss", 'æ' or 'Æ' => "ae", 'œ' or 'Œ' => "oe", 'ø' or 'Ø' => "o", 'đ' or 'Đ' => "d",
                'ł' or 'Ł' => "l", 'ħ' or 'Ħ' => "h", 'ı' => "i", 'þ' or 'Þ' => "th", 'ð' or 'Ð' => "d",
                _ => null,
            };
            if (special is not null) { table[c - first] = special; continue; }
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var sb = new StringBuilder();
            foreach (var d in decomposed)
                if (d is >= 'a' and <= 'z' or >= 'A' and <= 'Z') sb.Append((char)(d | 0x20));
            table[c - first] = CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                ? sb.ToString()
                : string.Empty;
        }
        return table;
    }
}
