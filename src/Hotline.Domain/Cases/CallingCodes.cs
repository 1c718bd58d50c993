namespace Hotline.Domain.Cases;

/// <summary>
/// The country a phone number belongs to, for choosing emergency numbers: a person texting from a
/// Thai SIM is most likely in Thailand, and the safety message must carry numbers that work there.
/// Only the countries the emergency content covers are known; every other number gives "other".
/// </summary>
public static class CallingCodes
{
    // Longest prefix first, so +855 is never read as another code.
    private static readonly (string Prefix, string Country)[] Codes =
    [
        ("+855", "KH"),
        ("+66", "TH"),
        ("+60", "MY"),
        ("+82", "KR"),
        ("+81", "JP"),
        ("+84", "VN"),
        ("+86", "CN"),
    ];

    /// <summary>The country code for an E.164 number ("+66812345678" → "TH"), or "other".</summary>
    public static string CountryOf(string? e164)
    {
        if (string.IsNullOrWhiteSpace(e164)) return EmergencyContacts.Other;
        var number = e164.Trim();
        foreach (var (prefix, country) in Codes)
        {
            if (number.StartsWith(prefix, StringComparison.Ordinal)) return country;
        }

        return EmergencyContacts.Other;
    }
}
