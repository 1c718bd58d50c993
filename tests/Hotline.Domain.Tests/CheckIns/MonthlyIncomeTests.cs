using Hotline.Domain.CheckIns;
using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.Tests.CheckIns;

/// <summary>Answers to the check-in question "roughly how much did you earn last month?", in the three forms.</summary>
public sealed class MonthlyIncomeTests
{
    private static readonly IncomeRules Rules = new(new Dictionary<string, decimal> { ["USD"] = 1, ["KHR"] = 4000, ["THB"] = 35 }, new DateOnly(2026, 11, 1), 40);

    /// <summary>Reply → "amount currency" ("0 none" for nothing said in money), or "-" when it is not an income.</summary>
    public static TheoryData<string, string> Replies => new()
    {
        // Khmer script
        { "១៥០០០០០ រៀល", "1500000 KHR" },
        { "១៥០០០០០រៀល", "1500000 KHR" },
        { "៨០០០០០៛", "800000 KHR" },
        { "ប្រាំមួយសែនរៀល", "600000 KHR" },
        { "មួយលានរៀល", "1000000 KHR" },
        { "៣០០ ដុល្លារ", "300 USD" },
        { "ពីររយដុល្លារ", "200 USD" },
        { "៩០០០ បាត", "9000 THB" },
        { "ប្រាំបីពាន់បាត", "8000 THB" },
        { "ប្រហែល ២៥០$", "250 USD" },
        { "៨០០០ ដល់ ៩០០០ បាត", "8500 THB" },
        { "អត់មានលុយ", "0 none" },
        { "គ្មាន", "0 none" },
        { "បាទ", "-" },
        { "ខ្ញុំមិនដឹងទេ", "-" },
        // Romanized Khmer
        { "pi roy dollar", "200 USD" },
        { "bei roy dolla", "300 USD" },
        { "9000 bat", "9000 THB" },
        { "pram poan bat", "5000 THB" },
        { "8 sen riel", "800000 KHR" },
        { "muoy lean riel", "1000000 KHR" },
        { "luy 400$", "400 USD" },
        { "prohel 300 dolla", "300 USD" },
        { "ot mean luy", "0 none" },
        { "ot mean", "0 none" },
        { "bat", "-" },
        { "sok sabay", "-" },
        // English
        { "1,500,000៛", "1500000 KHR" },
        { "300$", "300 USD" },
        { "$ 250", "250 USD" },
        { "$250", "250 USD" },
        { "250 usd", "250 USD" },
        { "9000 baht", "9000 THB" },
        { "9k baht", "9000 THB" },
        { "฿9,000", "9000 THB" },
        { "1.2 million riel", "1200000 KHR" },
        { "800 thousand riel", "800000 KHR" },
        { "about 150 dollars", "150 USD" },
        { "200-300$", "250 USD" },
        { "200 - 300 dollars", "250 USD" },
        { "200 to 300 usd", "250 USD" },
        { "no money", "0 none" },
        { "nothing", "0 none" },
        { "0", "0 none" },
        { "300", "300 ?" },
        { "$300 or 400 dollars", "-" },
        { "asdf qwerty", "-" },
        { "yes", "-" },
        { "", "-" },
    };

    [Theory]
    [MemberData(nameof(Replies))]
    public void Income_replies_are_read_with_their_currency(string reply, string expected)
    {
        var read = MonthlyIncome.Read(TextNormaliser.Normalise(reply));
        var actual = read is { Value: var money }
            ? $"{money.Amount.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} {(money.Amount == 0 && money.Currency is null ? "none" : money.Currency ?? "?")}"
            : "-";
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(300, "USD", 30_000L)]
    [InlineData(1_500_000, "KHR", 37_500L)]
    [InlineData(9_000, "THB", 25_714L)]
    [InlineData(0, null, 0L)]
    public void Amounts_become_us_cents_with_the_contents_rates(decimal amount, string? currency, long cents) =>
        Assert.Equal(cents, Rules.UsdCents(new Money(amount, currency)));

    [Fact]
    public void A_currency_without_a_rate_is_kept_but_not_converted() =>
        Assert.Null(Rules.UsdCents(new Money(1500, "MYR")));

    [Theory]
    [InlineData(3_999L, true)]
    [InlineData(4_000L, false)]
    [InlineData(0L, true)]
    public void Income_under_the_threshold_is_low(long cents, bool low) => Assert.Equal(low, Rules.IsLow(cents));

    [Fact]
    public void Rates_without_riel_or_baht_are_refused()
    {
        var rules = new IncomeRules(new Dictionary<string, decimal> { ["USD"] = 1 }, new DateOnly(2026, 11, 1), 40);
        Assert.Contains(rules.Validate(), p => p.Contains("KHR"));
        Assert.Contains(rules.Validate(), p => p.Contains("THB"));
    }
}
