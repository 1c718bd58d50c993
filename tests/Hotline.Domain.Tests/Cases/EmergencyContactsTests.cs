using System.Text.RegularExpressions;
using Hotline.Domain.Tests.Agencies;
using Hotline.Domain.Cases;

namespace Hotline.Domain.Tests.Cases;

public sealed class EmergencyContactsTests
{
    private static readonly EmergencyContacts Shipped = ShippedEmergencyContacts.Load();

    [Fact]
    public void Every_shipped_number_has_a_source_and_a_check_date_or_is_marked_sample_with_what_to_verify()
    {
        var numbers = Shipped.Countries.SelectMany(c => c.Numbers).ToList();

        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.True(n.IsAccountedFor, $"{n.Label} {n.Number}"));
        Assert.Empty(Shipped.Validate());
    }

    [Theory]
    [InlineData("KH")]
    [InlineData("TH")]
    [InlineData("MY")]
    [InlineData("KR")]
    [InlineData("JP")]
    [InlineData("VN")]
    [InlineData("CN")]
    [InlineData("other")]
    public void Every_destination_country_has_at_least_one_checked_number(string country)
    {
        var entry = Shipped.For(country);

        Assert.Equal(country, entry.Country);
        Assert.Contains(entry.Numbers, n => n.HasSource);
    }

    [Fact]
    public void A_thai_number_gets_the_thai_emergency_line()
    {
        var country = CallingCodes.CountryOf("+66812345678");

        Assert.Equal("emergency: 191, ambulance: 1669", Shipped.Line(country, "en"));
    }

    [Theory]
    [InlineData("+85512345678", "KH")]
    [InlineData("+60123456789", "MY")]
    [InlineData("+821012345678", "KR")]
    [InlineData("+819012345678", "JP")]
    [InlineData("+84912345678", "VN")]
    [InlineData("+8613812345678", "CN")]
    [InlineData("+447700900123", "other")]
    [InlineData("", "other")]
    public void The_country_comes_from_the_calling_code(string number, string country)
    {
        Assert.Equal(country, CallingCodes.CountryOf(number));
    }

    [Fact]
    public void A_country_without_an_entry_falls_back_to_other()
    {
        Assert.Equal("other", Shipped.For("FR").Country);
        Assert.Equal("emergency: 112", Shipped.Line("FR", "en"));
    }

    [Fact]
    public void Country_codes_match_whatever_their_case()
    {
        Assert.Equal("TH", Shipped.For("th").Country);
    }

    [Fact]
    public void Sample_numbers_stay_out_of_the_line_until_checked()
    {
        Assert.Equal("emergency: 117, children: 1280", Shipped.Line("KH", "en"));
        Assert.Equal("emergency: 117, ambulance: 119, children: 1280", Shipped.Line("KH", "en", includeSamples: true));
    }

    [Theory]
    [InlineData("km", "អាសន្ន: 191")]
    [InlineData("km-Latn", "asan: 191")]
    [InlineData("en", "emergency: 191")]
    public void The_line_is_written_in_the_persons_language_form(string language, string start)
    {
        Assert.StartsWith(start, Shipped.Line("TH", language));
    }

    [Fact]
    public void No_line_in_any_language_uses_a_deny_listed_word()
    {
        var deny = DenyList();
        Assert.Contains("police", deny);
        Assert.Contains("ប៉ូលិស", deny);
        var lines = Shipped.Countries
            .SelectMany(c => EmergencyContacts.LanguageForms.Select(l => Shipped.Line(c.Country, l, includeSamples: true)))
            .ToList();

        foreach (var line in lines)
        {
            foreach (var word in deny)
            {
                var hit = word.Any(ch => ch is >= '\u1780' and <= '\u17FF')
                    ? line.Contains(word, StringComparison.Ordinal)
                    : Regex.IsMatch(line, $@"(?<![\p{{L}}]){Regex.Escape(word)}(?![\p{{L}}])", RegexOptions.IgnoreCase);
                Assert.False(hit, $"'{word}' in '{line}'");
            }
        }
    }

    [Fact]
    public void A_number_with_neither_source_nor_sample_mark_fails_validation()
    {
        var contacts = new EmergencyContacts(
            [new EmergencyCountry("other", [new EmergencyNumber("emergency", "112", null, null, false, null)])],
            Shipped.Labels);

        Assert.Contains(contacts.Validate(), p => p.Contains("source", StringComparison.Ordinal));
    }

    [Fact]
    public void Content_without_an_other_entry_fails_validation()
    {
        var contacts = new EmergencyContacts([Shipped.For("TH")], Shipped.Labels);

        Assert.Contains(contacts.Validate(), p => p.Contains("'other'", StringComparison.Ordinal));
    }

    private static List<string> DenyList()
    {
        var text = File.ReadAllText(RepositoryFile.Find("content", "deny-list.yaml"));
        return Regex.Matches(text, @"(?:en|km|km-Latn):\s*\[(?<items>[^\]]*)\]")
            .SelectMany(m => m.Groups["items"].Value.Split(','))
            .Select(w => w.Trim().Trim('"').Trim())
            .Where(w => w.Length > 0)
            .ToList();
    }
}
