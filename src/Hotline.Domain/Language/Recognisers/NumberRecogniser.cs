namespace Hotline.Domain.Language.Recognisers;

/// <summary>Whole numbers in digits (ASCII or Khmer) or words (Khmer, romanized, English).</summary>
public static class NumberRecogniser
{
    public static Recognised<long>? Recognise(NormalisedText text) => null;
}
