using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Hotline.Content;

/// <summary>
/// Reads a YAML file into plain maps, lists and strings (the shape <c>NodeSpec</c> reads), keeping the order
/// fields were written in. Every scalar stays a string: "1" in a flow is the text "1", not a number.
/// </summary>
internal static class YamlDocument
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    public static object? Read(string path, Action<string> error)
    {
        try
        {
            using var reader = new StreamReader(path);
            return Plain(Deserializer.Deserialize<object?>(reader));
        }
        catch (YamlException e)
        {
            error($"is not valid YAML (line {e.Start.Line}, column {e.Start.Column}): {e.InnerException?.Message ?? e.Message}");
            return null;
        }
    }

    private static object? Plain(object? node) => node switch
    {
        null => null,
        IDictionary<object, object?> map => new OrderedMap(map.Select(p => new KeyValuePair<string, object?>(p.Key.ToString()!, Plain(p.Value)))),
        IList<object?> list => list.Select(Plain).ToList(),
        string s => s is "~" or "null" ? null : s,
        var other => other.ToString(),
    };
}

/// <summary>A read-only map that keeps the order its fields were written in.</summary>
internal sealed class OrderedMap : IReadOnlyDictionary<string, object?>
{
    private readonly List<KeyValuePair<string, object?>> _pairs;
    private readonly Dictionary<string, object?> _index;

    public OrderedMap(IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        _pairs = pairs.ToList();
        _index = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in _pairs) _index[pair.Key] = pair.Value;
    }

    public object? this[string key] => _index[key];
    public IEnumerable<string> Keys => _pairs.Select(p => p.Key);
    public IEnumerable<object?> Values => _pairs.Select(p => p.Value);
    public int Count => _pairs.Count;
    public bool ContainsKey(string key) => _index.ContainsKey(key);
    public bool TryGetValue(string key, out object? value) => _index.TryGetValue(key, out value);
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _pairs.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
