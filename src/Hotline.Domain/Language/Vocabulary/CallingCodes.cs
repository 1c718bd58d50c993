using System.Collections.Frozen;

namespace Hotline.Domain.Language.Vocabulary;

/// <summary>International calling codes of the countries the hotline's callers live and work in (ITU E.164 assignments).</summary>
internal static class CallingCodes
{
    public static readonly FrozenDictionary<string, string> CountryByCode = new Dictionary<string, string>
    {
        ["855"] = "KH", ["66"] = "TH", ["60"] = "MY", ["65"] = "SG", ["62"] = "ID", ["63"] = "PH", ["84"] = "VN", ["856"] = "LA",
        ["95"] = "MM", ["86"] = "CN", ["852"] = "HK", ["853"] = "MO", ["886"] = "TW", ["81"] = "JP", ["82"] = "KR", ["966"] = "SA",
        ["971"] = "AE", ["974"] = "QA", ["965"] = "KW", ["968"] = "OM", ["973"] = "BH", ["962"] = "JO", ["961"] = "LB", ["44"] = "GB",
        ["61"] = "AU", ["64"] = "NZ", ["1"] = "US", ["33"] = "FR", ["49"] = "DE", ["91"] = "IN", ["880"] = "BD", ["977"] = "NP",
        ["94"] = "LK", ["92"] = "PK", ["90"] = "TR", ["7"] = "RU", ["39"] = "IT", ["34"] = "ES", ["31"] = "NL", ["41"] = "CH",
        ["46"] = "SE", ["47"] = "NO", ["45"] = "DK", ["48"] = "PL", ["972"] = "IL", ["20"] = "EG", ["27"] = "ZA", ["55"] = "BR",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> CodeByCountry =
        CountryByCode.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    /// <summary>The calling code at the start of an international number's digits (longest match), or null.</summary>
    public static string? CodeAtStart(ReadOnlySpan<char> digits)
    {
        for (var len = 3; len >= 1; len--)
        {
            if (digits.Length <= len) continue;
            var lookup = CountryByCode.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(digits[..len], out _)) return digits[..len].ToString();
        }
        return null;
    }
}
