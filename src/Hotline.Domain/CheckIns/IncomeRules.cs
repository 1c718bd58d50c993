using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.CheckIns;

/// <summary>
/// How an income answer becomes US dollars, and when it is too low to live on. Both come from content: the rates are
/// approximate figures an organisation sets and dates (never official rates), and the threshold is the organisation's
/// estimate of a month's food and rent (the source documents found incomes after reintegration too low to cover
/// them, [000]).
/// </summary>
/// <param name="UnitsPerUsd">How many units of each currency make one US dollar (USD 1, KHR about 4,000, …).</param>
/// <param name="RatesSetOn">When the organisation set the rates.</param>
/// <param name="LowIncomeUsd">Monthly income below this many US dollars makes a "low income" task.</param>
public sealed record IncomeRules(IReadOnlyDictionary<string, decimal> UnitsPerUsd, DateOnly RatesSetOn, decimal LowIncomeUsd)
{
    /// <summary>The amount in US cents, or null when the currency has no rate (kept as said, left out of the bands).</summary>
    public long? UsdCents(Money money)
    {
        if (money.Amount == 0) return 0;
        if (money.Currency is not { } currency || !UnitsPerUsd.TryGetValue(currency, out var perUsd) || perUsd <= 0) return null;
        return (long)decimal.Round(money.Amount / perUsd * 100m, MidpointRounding.AwayFromZero);
    }

    /// <summary>The threshold in whole US cents: an amount in cents is low exactly when it is below this. The tasks,
    /// the outcome bands in SQL and the statistics all use this one figure.</summary>
    public long LowIncomeCents => (long)decimal.Ceiling(LowIncomeUsd * 100m);

    public bool IsLow(long usdCents) => usdCents < LowIncomeCents;

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!UnitsPerUsd.ContainsKey("USD")) problems.Add("income.units_per_usd: needs USD: 1");
        foreach (var (currency, rate) in UnitsPerUsd)
            if (rate <= 0) problems.Add($"income.units_per_usd: {currency} must be above zero");
        foreach (var needed in new[] { "KHR", "THB" })
            if (!UnitsPerUsd.ContainsKey(needed)) problems.Add($"income.units_per_usd: {needed} is missing (people answer in riel, dollars and baht)");
        if (LowIncomeUsd <= 0) problems.Add("income.low_income_below_usd must be above zero");
        return problems;
    }
}
