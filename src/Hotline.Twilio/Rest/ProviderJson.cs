using System.Globalization;
using System.Text.Json;

namespace Hotline.Twilio.Rest;

/// <summary>
/// Defensive reads of the provider's JSON: numbers often arrive as strings ("num_segments":"1"),
/// fields may be null or missing, unknown fields appear, and an error body may not be JSON at all
/// (a proxy's HTML page). Nothing here throws on a surprising shape.
/// </summary>
internal static class ProviderJson
{
    public static JsonElement? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? String(JsonElement? element, string name)
    {
        if (element is not { } e || !e.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    public static int? Int(JsonElement? element, string name) =>
        int.TryParse(String(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Twilio writes dates as RFC 2822 (<c>Thu, 24 Aug 2023 05:01:45 +0000</c>); other providers may use ISO 8601.</summary>
    public static DateTimeOffset? Date(JsonElement? element, string name)
    {
        var text = String(element, name);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var rfc2822))
        {
            return rfc2822;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var other) ? other : null;
    }
}
