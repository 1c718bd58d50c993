namespace Hotline.Domain.Language.Recognisers;

/// <summary>Amounts with an optional currency (dollars, riel, baht, ...).</summary>
public static class MoneyRecogniser
{
    public static Recognised<Money>? Recognise(NormalisedText text) => null;
}
