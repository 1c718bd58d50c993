using System.Text.RegularExpressions;
using Hotline.Domain.Language.Vocabulary;

namespace Hotline.Domain.Language.Recognisers;

/// <summary>Amounts with an optional currency (dollars, riel, baht, ...).</summary>
/// <remarks>
/// A currency counts when it is next to the amount: signs and codes on either side ("$300", "300$", "USD 1,500",
/// "RM 1500"), words after it ("300 dolla", "៥ម៉ឺនរៀល", "3 pan bat"). This is what makes "bat" baht rather than
/// "yes": only next to an amount. An amount with no currency is returned with a null currency and confidence 0.6.
/// <para>A range written in digits ("200-300$", "200 - 300 dollars", "៨០០០ ដល់ ៩០០០ បាត", "200 to 300 usd") is read
/// as its midpoint: people asked "how much" give a range when the amount varies, and the middle is the fairest
/// single figure. The midpoint is returned with confidence 0.8 (a little less sure than one amount).</para>
/// </remarks>
public static partial class MoneyRecogniser
{
    // Two amounts in digits joined by a dash, "to", ដល់ ("until") or its romanized forms. Run on the clean text with
    // digits made ASCII: the key drops a dash between spaces, which would read "200 - 300" as 200,300.
    [GeneratedRegex(@"(?<a>\d[\d.,]*)\s*(?:-|–|—|~|\bto\b|ដល់|\bdol\b|\bdal\b)\s*(?<b>\d[\d.,]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();

    public static Recognised<Money>? Recognise(NormalisedText text)
    {
        var key = text.Key;
        if (key.Length is 0 or > 500) return null;
        if (Range(text) is { } range) return range;
        var items = Quantities.Scan(key);
        var phrases = Quantities.Phrases(items, key);
        if (phrases.Count == 0) return null;

        Money? found = null;
        var foundPhrase = default(NumberPhrase);
        foreach (var phrase in phrases)
        {
            var currency = CurrencyAfter(items, phrase.Last, key) ?? CurrencyBefore(items, phrase.First, key);
            if (currency is null || phrase.Value <= 0) continue;
            var money = new Money(phrase.Value, currency);
            if (found is not null && found != money) return null;   // two different amounts: ask again
            found = money;
            foundPhrase = phrase;
        }
        if (found is not null)
        {
            var rest = Quantities.OnlyFillersOutside(items, foundPhrase.First, foundPhrase.Last + 1) || Quantities.OnlyFillersOutside(items, foundPhrase.First - 1, foundPhrase.Last);
            return new Recognised<Money>(found, rest ? 0.95 : 0.85);
        }

        if (phrases.Count == 1 && phrases[0].Value > 0 && Quantities.OnlyFillersOutside(items, phrases[0].First, phrases[0].Last))
            return new Recognised<Money>(new Money(phrases[0].Value, null), 0.6);
        return null;
    }

    /// <summary>The midpoint of a range in digits with a currency next to it, or null when the text holds no range.</summary>
    private static Recognised<Money>? Range(NormalisedText text)
    {
        var ascii = AsciiDigits(text.Clean);
        var match = RangePattern().Match(ascii);
        if (!match.Success || RangePattern().Matches(ascii).Count > 1) return null;
        if (Quantities.ParseDigits(match.Groups["a"].Value.TrimEnd('.', ',')) is not { } low
            || Quantities.ParseDigits(match.Groups["b"].Value.TrimEnd('.', ',')) is not { } high
            || high <= low)
            return null;
        // The upper amount stands in for the range to find the currency on either side ("$200-300", "200-300 baht").
        var single = ascii[..match.Index] + match.Groups["b"].Value + " " + ascii[(match.Index + match.Length)..];
        var withLow = ascii[..match.Index] + match.Groups["a"].Value + " " + ascii[(match.Index + match.Length)..];
        if (Recognise(TextNormaliser.Normalise(single)) is not { Value.Currency: { } currency }) return null;
        if (Recognise(TextNormaliser.Normalise(withLow)) is not { Value.Currency: { } same } || same != currency) return null;
        return new Recognised<Money>(new Money((low + high) / 2, currency), 0.8);
    }

    private static string AsciiDigits(string s)
    {
        if (!s.Any(c => c is >= '\u17E0' and <= '\u17E9')) return s;
        return string.Create(s.Length, s, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] is >= '\u17E0' and <= '\u17E9' ? (char)('0' + (source[i] - '\u17E0')) : source[i];
        });
    }

    private static string? CurrencyAfter(ReadOnlySpan<Item> items, int last, string key)
    {
        var i = last + 1;
        if (i < items.Length && items[i].WordKind == QuantityKind.Currency) return items[i].Word.Currency;
        return null;
    }

    private static string? CurrencyBefore(ReadOnlySpan<Item> items, int first, string key)
    {
        var i = first - 1;
        if (i < 0 || items[i].WordKind != QuantityKind.Currency) return null;
        var word = key.AsSpan(items[i].Start, items[i].End - items[i].Start);
        // Only signs and codes go before the amount; "bat 300" is more likely "yes, 300".
        return word is "$" or "usd" or "us$" or "៛" or "khr" or "฿" or "thb" or "rm" or "myr" or "₩" or "krw" or "¥" or "jpy" or "rmb" or "cny"
            ? items[i].Word.Currency
            : null;
    }
}
