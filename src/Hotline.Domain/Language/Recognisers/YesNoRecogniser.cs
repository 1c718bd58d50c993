namespace Hotline.Domain.Language.Recognisers;

/// <summary>Yes / no in Khmer script, romanized Khmer and English.</summary>
public static class YesNoRecogniser
{
    public static Recognised<bool>? Recognise(NormalisedText text) => null;
}
