using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.Agencies;

/// <summary>Name similarity over UTF-16 units, allocation-free for names up to <see cref="MaxLength"/> units.</summary>
internal static class StringDistance
{
    public const int MaxLength = 96;

    /// <summary>The edit distance of two names, each cut to <see cref="MaxLength"/> units.</summary>
    public static int Osa(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        EditDistance.Osa(a.Length > MaxLength ? a[..MaxLength] : a, b.Length > MaxLength ? b[..MaxLength] : b);

    /// <summary>1 for equal strings, 0 for nothing in common: 1 − distance / longer length.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        if (string.Equals(a, b, StringComparison.Ordinal)) return 1;
        // Compare what the distance sees: very long input is cut, and so is the length it is measured by.
        var longer = Math.Min(MaxLength, Math.Max(a.Length, b.Length));
        return 1.0 - (double)Math.Min(longer, Osa(a, b)) / longer;
    }
}
