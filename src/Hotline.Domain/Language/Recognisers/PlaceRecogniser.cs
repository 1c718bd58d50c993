namespace Hotline.Domain.Language.Recognisers;

/// <summary>Cambodian provinces and destination countries by Khmer, romanized and English names.</summary>
public static class PlaceRecogniser
{
    public static Recognised<Place>? Recognise(NormalisedText text, PlaceKind? kind = null) => null;
}
