namespace Hotline.Domain.Language.Recognisers;

/// <summary>
/// Optimal-string-alignment distance (Damerau-Levenshtein without repeated edits of one substring): insertions,
/// deletions, substitutions and adjacent swaps ("Sovnan" for "Sovann") cost 1. The one implementation for the whole
/// domain — typo-tolerant answers here, fuzzy agency names in Agencies. Callers keep inputs short (it uses the stack).
/// </summary>
internal static class EditDistance
{
    /// <summary>The distance, or some value above <paramref name="max"/> as soon as it is certain to exceed it.</summary>
    public static int Osa(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max = int.MaxValue)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > max) return rowMin;
            var t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return prev[b.Length];
    }

    /// <summary>True when <paramref name="a"/> is at most <paramref name="max"/> edits from <paramref name="b"/>
    /// (short words only: replies, not paragraphs).</summary>
    public static bool Within(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return false;
        if (a.Length > 40 || b.Length > 40) return false;
        return Osa(a, b, max) <= max;
    }

    /// <summary>How many typos a word of this length may carry and still be recognised.</summary>
    public static int Allowed(int length) => length >= 10 ? 2 : length >= 5 ? 1 : 0;
}
