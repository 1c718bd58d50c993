namespace Hotline.Domain.Language.Recognisers;

/// <summary>Whole numbers in digits (ASCII or Khmer) or words (Khmer, romanized, English).</summary>
/// <remarks>
/// Exactly one number must be in the reply ("3 or 4" is not an answer). Confidence: 1.0 for the number alone,
/// 0.9 with softeners ("about 300", "ប្រហែល ២០"), 0.7 inside other words ("I have 3 children"), and 0.1 less
/// for colloquial forms ("ពីរពាន់ប្រាំ" = 2,500, "ប៉ែតមួយ" = 81).
/// </remarks>
public static class NumberRecogniser
{
    public static Recognised<long>? Recognise(NormalisedText text)
    {
        var key = text.Key;
        if (key.Length == 0) return null;
        if (TryPlainDigits(key, out var plain)) return new Recognised<long>(plain, 1.0);
        if (key.Length > 500 || !Quantities.MayHoldNumber(key)) return null;

        var items = Quantities.Scan(key);
        var phrases = Quantities.Phrases(items, key);
        if (phrases.Count != 1) return null;
        var phrase = phrases[0];
        if (phrase.Value < 0 || phrase.Value != decimal.Truncate(phrase.Value) || phrase.Value > long.MaxValue) return null;
        var confidence = phrase.First == 0 && phrase.Last == items.Length - 1 ? 1.0
            : Quantities.OnlyFillersOutside(items, phrase.First, phrase.Last) ? 0.9
            : 0.7;
        if (phrase.Colloquial) confidence -= 0.1;
        return new Recognised<long>((long)phrase.Value, confidence);
    }

    /// <summary>The hot path: a reply that is only ASCII digits ("2", "15").</summary>
    internal static bool TryPlainDigits(string key, out long value)
    {
        value = 0;
        if (key.Length is 0 or > 18) return false;
        foreach (var c in key)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
