using Hotline.Domain.Language.Vocabulary;

namespace Hotline.Domain.Language.Recognisers;

/// <summary>Amounts with an optional currency (dollars, riel, baht, ...).</summary>
/// <remarks>
/// A currency counts when it is next to the amount: signs and codes on either side ("$300", "300$", "USD 1,500",
/// "RM 1500"), words after it ("300 dolla", "៥ម៉ឺនរៀល", "3 pan bat"). This is what makes "bat" baht rather than
/// "yes": only next to an amount. An amount with no currency is returned with a null currency and confidence 0.6.
/// </remarks>
public static class MoneyRecogniser
{
    public static Recognised<Money>? Recognise(NormalisedText text)
    {
        var key = text.Key;
        if (key.Length is 0 or > 500) return null;
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
