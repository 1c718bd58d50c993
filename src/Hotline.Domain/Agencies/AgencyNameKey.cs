using System.Globalization;
using System.Text;

namespace Hotline.Domain.Agencies;

/// <summary>
/// The matching key of an agency name or a query: what is left when everything people type
/// differently is folded away. Kept here rather than in the shared language normaliser because
/// lookup accuracy is measured against this exact function and must not drift with it.
/// </summary>
/// <remarks>
/// Folds: Latin case and diacritics; Khmer digits; invisible characters (ZWSP, ZWNJ, ZWJ and the
/// inherent vowels U+17B4/U+17B5 that some keyboards insert); the Khmer spellings that look alike
/// (េ+ី and ើ, subscript DA and TA); punctuation; doubled Latin letters and w/v (romanized Khmer is
/// spelled by ear: "Sovann", "Sovan", "Sowan"); and legal-form noise in both scripts
/// ("Co., Ltd", "Company Limited", ក្រុមហ៊ុន, ឯ.ក, ខូអិលធីឌី).
/// </remarks>
public static class AgencyNameKey
{
    /// <summary>Tokens that only say what kind of company it is. Removed from every key.</summary>
    private static readonly HashSet<string> LegalForm = new(StringComparer.Ordinal)
    {
        "co", "coltd", "ltd", "company", "limited", "corp", "corporation", "inc", "plc", "llc", "pte",
        "sole", "proprietorship", "the", "and", "private", "pvt", "cltd",
    };

    /// <summary>Khmer legal-form words, removed before punctuation is dropped (some contain dots).</summary>
    private static readonly string[] KhmerLegalForm =
    [
        "ក្រុមហ៊ុន", "ខូអិលធីឌី", "ខូ.អិលធីឌី", "ឯ.ក", "ឯ. ក", "ឯក.", "ហ.ទ.ក", "ក.ហ", "ឯកជន", "ទទួលខុសត្រូវមានកម្រិត",
    ];

    /// <summary>
    /// Words most agency names share. A person often leaves them out ("Angkor Sovann" for
    /// "Angkor Sovann Manpower"), so the core key is the name without them.
    /// </summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "manpover", "manpower", "recruitment", "recruiting", "agency", "agencies", "services", "service",
        "human", "resources", "resource", "hr", "international", "intl", "group", "overseas", "employment",
        "labour", "labor", "placement", "export", "vorkers", "vorker", "jobs", "job", "trading", "development",
        "cambodia", "kh",
        "ម៉ែនផៅវើ", "ជ្រើសរើស", "ធនធានមនុស្ស", "អន្តរជាតិ", "សេវាកម្ម", "ភ្នាក់ងារ", "ការងារ", "កម្ពុជា", "បុគ្គលិក", "ពលករ",
    };

    /// <summary>Spellings of one generic word, so "HR" asked matches "Human Resources" listed.</summary>
    private static readonly Dictionary<string, string> GenericSynonym = new(StringComparer.Ordinal)
    {
        ["resource"] = "resources", ["hr"] = "resources", ["service"] = "services", ["recruiting"] = "recruitment",
        ["labor"] = "labour", ["intl"] = "international", ["agencies"] = "agency", ["vorker"] = "vorkers", ["job"] = "jobs",
    };

    private static readonly string[] KhmerGeneric = Generic.Where(w => w[0] >= '\u1780').ToArray();

    /// <summary>A name's key: all tokens, the tokens without generic words, and the generic words themselves.</summary>
    public static NameKey Of(string? text)
    {
        var tokens = Tokens(text);
        var full = FoldDoubles(string.Concat(tokens));
        var core = new StringBuilder();
        var generic = new List<string>();
        foreach (var t in tokens)
        {
            if (Generic.Contains(t)) generic.Add(GenericSynonym.GetValueOrDefault(t, t));
            else core.Append(t);
        }
        // A name made only of generic words keeps them as its core.
        return core.Length > 0
            ? new NameKey(full, FoldDoubles(core.ToString()), generic, string.Join(' ', tokens))
            : new NameKey(full, full, [], string.Join(' ', tokens));
    }

    /// <summary>Licence numbers compare on upper-case letters and digits only: "sample 0012" = "SAMPLE-0012".</summary>
    public static string Licence(string? text)
    {
        var sb = new StringBuilder();
        foreach (var c in FoldDigits(text ?? string.Empty))
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToUpperInvariant(c));
        return sb.ToString();
    }

    internal static List<string> Tokens(string? text)
    {
        var s = FoldDigits(text ?? string.Empty).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u17B4' or '\u17B5') continue;
            // Only Latin combining marks are diacritics; Khmer vowel signs are marks too and must stay.
            if (c is >= '\u0300' and <= '\u036F') continue;
            sb.Append(char.ToLowerInvariant(c));
        }
        s = sb.ToString()
            .Replace("\u17C1\u17B8", "\u17BE", StringComparison.Ordinal)   // េ + ី → ើ
            .Replace("\u17D2\u178A", "\u17D2\u178F", StringComparison.Ordinal); // subscript DA → subscript TA
        foreach (var noise in KhmerLegalForm) s = s.Replace(noise, " ", StringComparison.Ordinal);
        // Khmer is written without spaces between words, so a generic word is cut out of its run.
        foreach (var word in KhmerGeneric) s = s.Replace(word, " " + word + " ", StringComparison.Ordinal);

        var tokens = new List<string>();
        var token = new StringBuilder();
        void Flush()
        {
            if (token.Length == 0) return;
            var t = FoldLatin(token.ToString());
            token.Clear();
            if (t.Length > 0 && !LegalForm.Contains(t)) tokens.Add(t);
        }
        foreach (var c in s)
        {
            if (IsWordChar(c)) token.Append(c);
            else Flush();
        }
        Flush();
        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c)
        || (c is >= '\u1780' and <= '\u17D3') || c == '\u17DD'
        || (char.IsLetter(c) && c > '\u007F');

    /// <summary>Romanized Khmer is spelled by ear: w and v carry no difference.</summary>
    private static string FoldLatin(string token) => token.Replace('w', 'v');

    /// <summary>
    /// Doubled Latin letters carry no meaning either ("Sovann", "Sovan"). Folded on the joined key,
    /// not per word, so "Kdam Meas" and "KdamMeas" meet.
    /// </summary>
    private static string FoldDoubles(string key)
    {
        var sb = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (char.IsAsciiLetter(c) && sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string FoldDigits(string s)
    {
        if (!s.Any(c => c is >= '\u17E0' and <= '\u17E9')) return s;
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is >= '\u17E0' and <= '\u17E9') chars[i] = (char)('0' + (chars[i] - '\u17E0'));
        return new string(chars);
    }
}

/// <summary>
/// A folded name. <see cref="Full"/> and <see cref="Core"/> have no spaces, so "AngkorSovann" and
/// "Angkor Sovann" meet; <see cref="Spaced"/> keeps token boundaries for display in reports.
/// </summary>
public sealed record NameKey(string Full, string Core, IReadOnlyList<string> Generic, string Spaced)
{
    public bool IsEmpty => Full.Length == 0;

    /// <summary>True when every generic word of this key also appears in <paramref name="other"/>.</summary>
    public bool GenericWithin(NameKey other)
    {
        foreach (var word in Generic)
            if (!other.Generic.Contains(word)) return false;
        return true;
    }
}
