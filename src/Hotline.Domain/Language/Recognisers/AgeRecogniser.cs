using Hotline.Domain.Language.Vocabulary;

namespace Hotline.Domain.Language.Recognisers;

/// <summary>An age in years ("17", "១៧ឆ្នាំ", "17 years old").</summary>
/// <remarks>
/// A number with a year unit or an age word ("age 16", "អាយុ ២០", "I'm 19") gives confidence 0.95; a bare
/// number 0.8. Ages outside 1–100 are refused (a birth year such as 2008 is not an age), and so is a number
/// with another unit ("17 months").
/// </remarks>
public static class AgeRecogniser
{
    public const int Oldest = 100;

    public static Recognised<int>? Recognise(NormalisedText text)
    {
        var key = text.Key;
        if (key.Length == 0) return null;
        if (NumberRecogniser.TryPlainDigits(key, out var plain))
            return plain is >= 1 and <= Oldest ? new Recognised<int>((int)plain, 0.8) : null;
        if (key.Length > 300) return null;

        var items = Quantities.Scan(key);
        var phrases = Quantities.Phrases(items, key);
        Recognised<int>? best = null;
        var marked = 0;
        foreach (var phrase in phrases)
        {
            var after = phrase.Last + 1 < items.Length ? items[phrase.Last + 1] : default;
            var before = phrase.First > 0 ? items[phrase.First - 1] : default;
            if (after.WordKind == QuantityKind.DurationUnit && after.Word.Unit != DurationUnit.Year) continue;
            var hasMarker = after.WordKind is QuantityKind.DurationUnit or QuantityKind.AgeMarker || before.WordKind == QuantityKind.AgeMarker;
            if (phrase.Value != decimal.Truncate(phrase.Value) || phrase.Value is < 1 or > Oldest) continue;
            var value = (int)phrase.Value;
            if (hasMarker)
            {
                marked++;
                best = new Recognised<int>(value, 0.95);
            }
            else if (marked == 0 && phrases.Count == 1)
            {
                var alone = Quantities.OnlyFillersOutside(items, phrase.First, phrase.Last);
                best = new Recognised<int>(value, alone ? 0.8 : 0.6);
            }
        }
        return marked > 1 ? null : best;
    }
}
