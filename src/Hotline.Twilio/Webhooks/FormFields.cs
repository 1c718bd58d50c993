using System.Globalization;
using System.Text.RegularExpressions;

namespace Hotline.Twilio.Webhooks;

/// <summary>
/// Read access to a webhook form that remembers which keys were read, so whatever is left over
/// (parameters Twilio added after this code was written) can be kept rather than lost.
/// Repeated keys: the first value wins; Twilio does not repeat keys in messaging webhooks.
/// </summary>
internal sealed partial class FormFields
{
    private readonly Dictionary<string, string> _first = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public FormFields(IReadOnlyList<KeyValuePair<string, string>> form)
    {
        foreach (var (key, value) in form)
        {
            _first.TryAdd(key, value ?? "");
        }
    }

    public IEnumerable<string> Keys => _first.Keys;

    /// <summary>The value, or null when absent. An empty value is returned as empty.</summary>
    public string? Raw(string key)
    {
        _read.Add(key);
        return _first.GetValueOrDefault(key);
    }

    /// <summary>The value, or null when absent or empty: Twilio sends optional fields such as <c>FromCity</c> as empty strings.</summary>
    public string? Optional(string key) => Raw(key) is { Length: > 0 } value ? value : null;

    /// <summary>An integer, or null when absent, empty or not a number (optional fields never fail a message).</summary>
    public int? Int(string key) =>
        int.TryParse(Optional(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public double? Double(string key) =>
        double.TryParse(Optional(key), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    public bool Flag(string key) => string.Equals(Optional(key), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Marks keys as understood without reading them (deprecated aliases such as <c>SmsSid</c>).</summary>
    public void Ignore(params string[] keys) => _read.UnionWith(keys);

    /// <summary>Every key not read so far, with its value.</summary>
    public IReadOnlyDictionary<string, string> Unread() =>
        _first.Where(p => !_read.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>
    /// Twilio SIDs are two letters and 32 hex digits; Somleng and other compatible providers use
    /// UUIDs. Accept any short token of letters, digits, '-' and '_' — enough to key idempotency
    /// safely without refusing a compatible provider's messages.
    /// </summary>
    public static bool IsSidLike(string value) => SidPattern().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SidPattern();
}
