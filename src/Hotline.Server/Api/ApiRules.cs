using System.Globalization;
using System.Text.RegularExpressions;
using Hotline.Storage.Admin;

namespace Hotline.Server.Api;

/// <summary>The shape rules for fields the API accepts; each check adds a message under the field's JSON name.</summary>
public static partial class ApiRules
{
    public const int MaxListItems = 50;

    /// <summary>The rota is planned in Phnom Penh time (UTC+7 all year, no daylight saving); responses use it.</summary>
    public static readonly TimeSpan PhnomPenhOffset = TimeSpan.FromHours(7);

    private static readonly HashSet<string> Languages = ["km", "km-Latn", "en"];

    [GeneratedRegex(@"^[a-z][a-z0-9_]{0,39}$")]
    private static partial Regex TokenPattern();

    // ISO 3166-2:KH: KH-1 … KH-25 (Tboung Khmum, the 25th, since 2013).
    [GeneratedRegex(@"^KH-([1-9]|1[0-9]|2[0-5])$")]
    private static partial Regex ProvincePattern();

    [GeneratedRegex(@"^\d{4,8}$")]
    private static partial Regex PinPattern();

    // ISO 8601 with an explicit offset: a time without one would be read in the server's zone, which is a guess.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex TimestampPattern();

    public static string? Text(ValidationErrors errors, string field, string? value, int maxLength, bool required)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required) errors.Add(field, "Required.");
            return value is null ? null : "";
        }
        if (trimmed.Length > maxLength) errors.Add(field, $"At most {maxLength} characters.");
        else if (trimmed.Any(char.IsControl)) errors.Add(field, "Must not contain control characters.");
        return trimmed;
    }

    /// <summary>An E.164 number, after removing the spaces and dashes people type.</summary>
    public static string? Phone(ValidationErrors errors, string field, string? value, bool required)
    {
        if (value is null)
        {
            if (required) errors.Add(field, "Required.");
            return null;
        }
        var compact = PhoneNumbers.Compact(value);
        if (PhoneNumbers.IsE164(compact)) return compact;
        errors.Add(field, "A phone number in international form: + then the country code and number, e.g. +85512345678.");
        return null;
    }

    public static string? OneOf(ValidationErrors errors, string field, string? value, IReadOnlyCollection<string> allowed)
    {
        if (value is null || allowed.Contains(value)) return value;
        errors.Add(field, "One of: " + string.Join(", ", allowed) + ".");
        return null;
    }

    public static string? Pin(ValidationErrors errors, string field, string? value)
    {
        if (value is null || PinPattern().IsMatch(value)) return value;
        errors.Add(field, "4 to 8 digits.");
        return null;
    }

    public static string[]? LanguageList(ValidationErrors errors, string field, string[]? values) =>
        List(errors, field, values, v => Languages.Contains(v), "Each one of: km, km-Latn, en.");

    public static string[]? ProvinceList(ValidationErrors errors, string field, string[]? values) =>
        List(errors, field, values, v => v == "all" || ProvincePattern().IsMatch(v), "Each an ISO 3166-2:KH code (KH-1 … KH-25) or 'all'.");

    /// <summary>Needs and services are content codes (wage_claim, legal_aid, …): lower-case words joined by underscores.</summary>
    public static string[]? TokenList(ValidationErrors errors, string field, string[]? values) =>
        List(errors, field, values, v => TokenPattern().IsMatch(v), "Each a code of lower-case letters, digits and underscores (e.g. wage_claim).");

    public static int? Range(ValidationErrors errors, string field, int? value, int min, int max)
    {
        if (value is null || (value >= min && value <= max)) return value;
        errors.Add(field, $"Between {min} and {max}.");
        return null;
    }

    /// <summary>A whole number from a query string, within [min, max].</summary>
    public static int? Integer(ValidationErrors errors, string field, string? value, int min, int max)
    {
        if (value is null) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max) return parsed;
        errors.Add(field, $"A whole number between {min} and {max}.");
        return null;
    }

    /// <summary>true or false from a query string.</summary>
    public static bool? Flag(ValidationErrors errors, string field, string? value)
    {
        if (value is null) return null;
        if (bool.TryParse(value, out var parsed)) return parsed;
        errors.Add(field, "true or false.");
        return null;
    }

    public static DateTimeOffset? Timestamp(ValidationErrors errors, string field, string? value, bool required)
    {
        if (value is null)
        {
            if (required) errors.Add(field, "Required.");
            return null;
        }
        if (TimestampPattern().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return parsed;
        errors.Add(field, "An ISO 8601 time with its offset, e.g. 2026-03-02T08:00:00+07:00 (the rota is planned in Phnom Penh time).");
        return null;
    }

    public static DateTimeOffset InPhnomPenh(DateTimeOffset value) => value.ToOffset(PhnomPenhOffset);

    private static string[]? List(ValidationErrors errors, string field, string[]? values, Func<string, bool> valid, string message)
    {
        if (values is null) return null;
        if (values.Length > MaxListItems) { errors.Add(field, $"At most {MaxListItems} items."); return null; }
        if (values.Any(v => v is null || !valid(v))) { errors.Add(field, message); return null; }
        return values.Distinct(StringComparer.Ordinal).ToArray();
    }
}
