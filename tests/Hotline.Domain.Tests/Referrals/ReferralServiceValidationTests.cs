using Hotline.Domain.Referrals;

namespace Hotline.Domain.Tests.Referrals;

public sealed class ReferralServiceValidationTests
{
    private static readonly ReferralService Valid = new(
        "ngo-one", "NGO One", [ServiceNeed.Counselling], ["KH-12"], false, [], [], "", "", "", "",
        "a document", new DateOnly(2026, 11, 21), true, "");

    [Fact]
    public void An_entry_with_a_source_and_no_contact_is_valid()
    {
        Assert.Empty(Valid.Validate());
    }

    [Fact]
    public void A_phone_number_without_a_contact_source_is_rejected()
    {
        Assert.Contains((Valid with { Phone = "012 000 000" }).Validate(), p => p.Contains("contact_source"));
    }

    [Fact]
    public void An_address_without_a_contact_source_is_rejected()
    {
        Assert.Contains((Valid with { Address = "Street 1" }).Validate(), p => p.Contains("contact_source"));
    }

    [Fact]
    public void An_entry_without_a_source_is_rejected()
    {
        Assert.Contains((Valid with { Source = "" }).Validate(), p => p.Contains("source is empty"));
    }

    [Theory]
    [InlineData("Phnom Penh")]
    [InlineData("KH-26")]
    [InlineData("kh-12")]
    public void A_province_that_is_not_an_iso_code_is_rejected(string province)
    {
        Assert.NotEmpty((Valid with { Provinces = [province] }).Validate());
    }

    [Fact]
    public void Two_entries_with_one_id_are_rejected()
    {
        Assert.Contains(new ServiceDirectory([Valid, Valid]).Validate(), p => p.Contains("used 2 times"));
    }

    [Theory]
    [InlineData("legal_aid", ServiceNeed.LegalAid)]
    [InlineData("wage_claim", ServiceNeed.WageClaim)]
    [InlineData("vocational_training", ServiceNeed.VocationalTraining)]
    [InlineData("repatriation", ServiceNeed.Repatriation)]
    public void Content_words_for_needs_round_trip(string word, ServiceNeed need)
    {
        Assert.True(ReferralWords.TryParseNeed(word, out var parsed));
        Assert.Equal(need, parsed);
        Assert.Equal(word, need.Word());
    }
}
