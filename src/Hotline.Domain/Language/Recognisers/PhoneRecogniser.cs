namespace Hotline.Domain.Language.Recognisers;

/// <summary>Cambodian and Thai (and other) phone numbers, local or international form.</summary>
public static class PhoneRecogniser
{
    public static Recognised<PhoneNumber>? Recognise(NormalisedText text, string defaultCountry = "KH") => null;

    /// <summary>The ISO alpha-2 country of an E.164 number ("+66…" → "TH"), or null.</summary>
    public static string? CountryOf(string e164) => null;
}
