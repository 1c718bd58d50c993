namespace Hotline.Domain.Language.Recognisers;

/// <summary>Picks one option by number (ASCII or Khmer digits), key or synonym.</summary>
public static class ChoiceRecogniser
{
    public static Recognised<string>? Recognise(NormalisedText text, IReadOnlyList<ChoiceOption> options) => null;
}
