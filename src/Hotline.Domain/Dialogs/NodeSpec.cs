using System.Globalization;

namespace Hotline.Domain.Dialogs;

/// <summary>
/// A node as written in content, before it is built: a map of field names to strings, lists and maps (the
/// shape YAML and JSON share). Remembers which fields were read so that a misspelt field is reported instead of
/// silently ignored.
/// </summary>
public sealed class NodeSpec
{
    private readonly IReadOnlyDictionary<string, object?> _fields;
    private readonly HashSet<string> _read = ["id", "type"];

    public NodeSpec(IReadOnlyDictionary<string, object?> fields) => _fields = fields;

    public bool Has(string field) => _fields.ContainsKey(field);

    public object? Raw(string field)
    {
        _read.Add(field);
        return _fields.GetValueOrDefault(field);
    }

    public string? String(string field) => Raw(field) switch
    {
        null => null,
        string s => s.Trim(),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    public IReadOnlyList<object?>? List(string field) => Raw(field) as IReadOnlyList<object?>;

    public IReadOnlyDictionary<string, object?>? Map(string field) => Raw(field) as IReadOnlyDictionary<string, object?>;

    public bool Bool(string field, bool defaultValue = false) =>
        String(field) is { } s ? s.Equals("true", StringComparison.OrdinalIgnoreCase) || s == "yes" : defaultValue;

    public decimal? Decimal(string field) =>
        String(field) is { } s && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>Fields written in content that the node kind never read.</summary>
    public IEnumerable<string> UnreadFields() => _fields.Keys.Where(k => !_read.Contains(k));
}
