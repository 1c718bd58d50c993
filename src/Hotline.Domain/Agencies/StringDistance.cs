namespace Hotline.Domain.Agencies;

/// <summary>Edit distances over UTF-16 units, allocation-free for names up to <see cref="MaxLength"/> units.</summary>
internal static class StringDistance
{
    public const int MaxLength = 96;

    /// <summary>
    /// Optimal-string-alignment distance (Damerau-Levenshtein without repeated edits of one substring):
    /// insertions, deletions, substitutions and adjacent swaps ("Sovnan" for "Sovann") cost 1.
    /// </summary>
    public static int Osa(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > MaxLength) a = a[..MaxLength];
        if (b.Length > MaxLength) b = b[..MaxLength];
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, prev2[j - 2] + 1);
                cur[j] = d;
            }
            var t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return prev[b.Length];
    }

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
