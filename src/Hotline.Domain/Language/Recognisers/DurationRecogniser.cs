using Hotline.Domain.Language.Vocabulary;

namespace Hotline.Domain.Language.Recognisers;

/// <summary>Simple durations: "3 months", "៣ខែ", "2 chnam".</summary>
/// <remarks>
/// A number then a unit (Khmer says it in the same order: បីខែ). "a year" is one year; a half turns into the
/// next smaller unit: "ឆ្នាំកន្លះ" (a year and a half) is 18 months, "half a year" 6 months. A unit before a
/// number ("ខែ៣") is not a duration — it reads as "month 3", i.e. March.
/// </remarks>
public static class DurationRecogniser
{
    public static Recognised<Duration>? Recognise(NormalisedText text)
    {
        var key = text.Key;
        if (key.Length is 0 or > 500) return null;
        var items = Quantities.Scan(key);
        var phrases = Quantities.Phrases(items, key);

        Duration? found = null;
        int first = -1, last = -1;
        foreach (var phrase in phrases)
        {
            var u = phrase.Last + 1;
            if (u >= items.Length || items[u].WordKind != QuantityKind.DurationUnit) continue;
            var amount = phrase.Value;
            var end = u;
            if (u + 1 < items.Length && items[u + 1].WordKind == QuantityKind.Half) { amount += 0.5m; end = u + 1; }
            else if (AndAHalf(items, u)) { amount += 0.5m; end = u + 3; }
            if (!Accept(ref found, amount, items[u].Word.Unit)) return null;
            first = phrase.First; last = end;
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].WordKind != QuantityKind.DurationUnit) continue;
            var before = i - 1;
            if (before >= 0 && items[before].IsNumeric && items[before].WordKind != QuantityKind.Half) continue;   // handled above
            decimal? amount = null;
            var start = i;
            if (before >= 0 && items[before].WordKind == QuantityKind.Article)
            {
                amount = 1;
                start = before;
                if (before - 1 >= 0 && items[before - 1].WordKind == QuantityKind.Half) { amount = 0.5m; start = before - 1; }
            }
            else if (before >= 0 && items[before].WordKind == QuantityKind.Half) { amount = 0.5m; start = before; }
            var end = i;
            if (i + 1 < items.Length && items[i + 1].WordKind == QuantityKind.Half && amount is null) { amount = 1.5m; end = i + 1; }
            if (amount == 1 && AndAHalf(items, i)) { amount = 1.5m; end = i + 3; }   // "a year and a half"
            if (amount is null) continue;
            if (!Accept(ref found, amount.Value, items[i].Word.Unit)) return null;
            first = start; last = end;
        }

        if (found is null) return null;
        return new Recognised<Duration>(found, Quantities.OnlyFillersOutside(items, first, last) ? 0.95 : 0.8);
    }

    private static bool AndAHalf(ReadOnlySpan<Item> items, int unit)
        => unit + 3 < items.Length + 0 && items[unit + 1].WordKind == QuantityKind.And && items[unit + 2].WordKind == QuantityKind.Article
           && items[unit + 3].WordKind == QuantityKind.Half;

    private static bool Accept(ref Duration? found, decimal amount, DurationUnit unit)
    {
        var duration = ToWhole(amount, unit);
        if (duration is null) return true;
        if (found is not null && found != duration) return false;
        found = duration;
        return true;
    }

    private static Duration? ToWhole(decimal amount, DurationUnit unit)
    {
        if (amount <= 0 || amount > 10_000) return null;
        if (amount == decimal.Truncate(amount)) return new Duration((int)amount, unit);
        var (smaller, factor) = unit switch
        {
            DurationUnit.Year => (DurationUnit.Month, 12m),
            DurationUnit.Month => (DurationUnit.Day, 30m),
            DurationUnit.Week => (DurationUnit.Day, 7m),
            _ => (DurationUnit.Day, 0m),
        };
        var converted = amount * factor;
        return converted > 0 && converted == decimal.Truncate(converted) ? new Duration((int)converted, smaller) : null;
    }
}
