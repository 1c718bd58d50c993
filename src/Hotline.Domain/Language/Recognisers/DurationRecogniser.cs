namespace Hotline.Domain.Language.Recognisers;

/// <summary>Simple durations: "3 months", "៣ខែ", "2 chnam".</summary>
public static class DurationRecogniser
{
    public static Recognised<Duration>? Recognise(NormalisedText text) => null;
}
