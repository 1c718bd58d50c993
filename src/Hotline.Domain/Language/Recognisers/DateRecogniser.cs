namespace Hotline.Domain.Language.Recognisers;

/// <summary>Simple dates: "12/3/2026", "today", "tomorrow", Khmer month names.</summary>
public static class DateRecogniser
{
    public static Recognised<DateOnly>? Recognise(NormalisedText text, DateOnly today) => null;
}
