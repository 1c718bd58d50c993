namespace Hotline.Domain.SafeMigration;

/// <summary>Destination keys of <c>content/destinations</c>, from what a flow saves (a country code or a key).</summary>
public static class Destinations
{
    public const string Other = "other";

    private static readonly Dictionary<string, string> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TH"] = "thailand",
        ["MY"] = "malaysia",
        ["KR"] = "south-korea",
        ["JP"] = "japan",
        ["thailand"] = "thailand",
        ["malaysia"] = "malaysia",
        ["south-korea"] = "south-korea",
        ["japan"] = "japan",
    };

    /// <summary>The destination key for a saved value; any other country is <c>other</c>; nothing stays null.</summary>
    public static string? Key(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : ByCode.TryGetValue(value.Trim(), out var key) ? key : Other;
}
