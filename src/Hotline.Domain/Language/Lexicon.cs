using System.Collections.Frozen;

namespace Hotline.Domain.Language;

/// <summary>
/// A read-only word table keyed by match keys, looked up by span without allocating. Latin phrases are
/// looked up as the exact slice of the key that spans several tokens ("ot te"); Khmer words are found by
/// longest match at a syllable start, ending at a syllable boundary, because Khmer is written without spaces.
/// </summary>
internal sealed class Lexicon<T>
{
    private readonly FrozenDictionary<string, T> _entries;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _khmerLengths;

    public Lexicon(IEnumerable<(string Text, T Value)> entries)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (text, value) in entries)
        {
            var key = TextNormaliser.Key(text);
            if (key.Length == 0) continue;
            map.TryAdd(key, value);
            // Khmer keys are also stored without spaces: the scan runs over Khmer without spaces.
            if (key.Contains(' ') && HasKhmer(key)) map.TryAdd(key.Replace(" ", "", StringComparison.Ordinal), value);
        }
        _entries = map.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _khmerLengths = _entries.Keys.Where(HasKhmer).Select(k => k.Length).Distinct().OrderDescending().ToArray();
        MaxLatinWords = _entries.Keys.Where(k => !HasKhmer(k)).Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    public int MaxLatinWords { get; }

    public IEnumerable<KeyValuePair<string, T>> Entries => _entries;

    public bool TryGet(ReadOnlySpan<char> key, out T value) => _lookup.TryGetValue(key, out value!);

    /// <summary>The longest Khmer entry starting at <paramref name="at"/> that ends on a syllable boundary.</summary>
    public bool TryMatchKhmer(ReadOnlySpan<char> text, int at, out T value, out int length)
    {
        foreach (var len in _khmerLengths)
        {
            if (at + len > text.Length) continue;
            if (!KhmerChars.EndsSyllable(text, at + len)) continue;
            if (_lookup.TryGetValue(text.Slice(at, len), out value!)) { length = len; return true; }
        }
        value = default!;
        length = 0;
        return false;
    }

    /// <summary>The longest run of up to <see cref="MaxLatinWords"/> Latin tokens from <paramref name="first"/> that is an entry.</summary>
    public bool TryMatchLatin(string key, ReadOnlySpan<KeyToken> tokens, int first, out T value, out int tokenCount)
    {
        for (var n = Math.Min(MaxLatinWords, tokens.Length - first); n >= 1; n--)
        {
            var last = tokens[first + n - 1];
            var okKinds = true;
            for (var t = first; t < first + n; t++) if (tokens[t].Kind != TokenKind.Latin) { okKinds = false; break; }
            if (!okKinds) continue;
            var start = tokens[first].Start;
            if (_lookup.TryGetValue(key.AsSpan(start, last.End - start), out value!)) { tokenCount = n; return true; }
        }
        value = default!;
        tokenCount = 0;
        return false;
    }

    private static bool HasKhmer(string s)
    {
        foreach (var c in s) if (KhmerChars.IsKhmer(c)) return true;
        return false;
    }
}
