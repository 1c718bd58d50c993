namespace Hotline.Domain.Language.Recognisers;

/// <summary>An age in years ("17", "១៧ឆ្នាំ", "17 years old").</summary>
public static class AgeRecogniser
{
    public static Recognised<int>? Recognise(NormalisedText text) => null;
}
