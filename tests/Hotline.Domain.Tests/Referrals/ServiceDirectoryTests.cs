using Hotline.Domain.Referrals;

namespace Hotline.Domain.Tests.Referrals;

public sealed class ServiceDirectoryTests
{
    private static ReferralService Service(string id, ServiceNeed[] needs, string[] provinces, Eligible[] eligibility,
        bool complete = false, string phone = "", bool sample = true) =>
        new(id, id, needs, provinces, complete, eligibility, [], phone, "", "", phone.Length > 0 ? "a source" : "",
            "a document", new DateOnly(2026, 11, 21), sample, "");

    private static readonly ServiceDirectory Directory = new(
    [
        Service("women-shelter-pp", [ServiceNeed.Shelter, ServiceNeed.LegalAid], ["KH-12"], [Eligible.Women, Eligible.Children]),
        Service("women-legal-bmc", [ServiceNeed.LegalAid], ["KH-1"], [Eligible.Women]),
        Service("legal-anywhere", [ServiceNeed.LegalAid], [], []),
        Service("girls-training", [ServiceNeed.LegalAid, ServiceNeed.VocationalTraining], ["KH-12"], [Eligible.Women], phone: "1200"),
        Service("men-legal-sr", [ServiceNeed.LegalAid], ["KH-20"], [Eligible.Men], complete: true),
        Service("national-returns", [ServiceNeed.Repatriation], ["all"], [Eligible.Women, Eligible.Men]),
    ]);

    [Fact]
    public void Services_in_the_province_come_before_others()
    {
        var options = Directory.Find("KH-12", ServiceNeed.LegalAid, Eligible.Women);

        Assert.Equal(Coverage.InProvince, options[0].Coverage);
        Assert.All(options.TakeWhile(o => o.Coverage == Coverage.InProvince), o => Assert.Contains("KH-12", o.Service.Provinces));
    }

    [Fact]
    public void A_service_with_a_sourced_contact_ranks_above_one_without()
    {
        var options = Directory.Find("KH-12", ServiceNeed.LegalAid, Eligible.Women);

        Assert.Equal("girls-training", options[0].Service.Id);
    }

    [Fact]
    public void A_list_for_someone_who_did_not_say_who_they_are_includes_an_option_for_adult_men()
    {
        var options = Directory.Find("KH-12", ServiceNeed.LegalAid);

        Assert.Equal(3, options.Count);
        var forMen = Assert.Single(options, o => o.Service.Eligibility.Contains(Eligible.Men));
        Assert.True(forMen.AddedForMen);
        Assert.Equal("men-legal-sr", forMen.Service.Id);
        Assert.Equal(Coverage.OtherProvince, forMen.Coverage);
    }

    [Fact]
    public void A_man_asking_is_offered_the_service_for_men_even_from_another_province()
    {
        var options = Directory.Find("KH-12", ServiceNeed.LegalAid, Eligible.Men);

        Assert.Contains(options, o => o.Service.Id == "men-legal-sr");
        Assert.DoesNotContain(options, o => o.Service.Eligibility.Count > 0 && !o.Service.Eligibility.Contains(Eligible.Men));
    }

    [Fact]
    public void A_woman_asking_is_not_given_a_service_only_for_men()
    {
        var options = Directory.Find("KH-20", ServiceNeed.LegalAid, Eligible.Women);

        Assert.DoesNotContain(options, o => o.Service.Id == "men-legal-sr");
    }

    [Fact]
    public void The_option_for_men_is_not_added_twice_when_the_list_already_has_one()
    {
        var options = Directory.Find("KH-5", ServiceNeed.Repatriation);

        var only = Assert.Single(options);
        Assert.False(only.AddedForMen);
        Assert.Equal(Coverage.Nationwide, only.Coverage);
    }

    [Fact]
    public void When_no_service_for_a_need_is_open_to_men_the_directory_says_so()
    {
        Assert.True(Directory.NoOptionForMen(ServiceNeed.Shelter));
        Assert.False(Directory.NoOptionForMen(ServiceNeed.LegalAid));
        Assert.DoesNotContain(Directory.Find("KH-12", ServiceNeed.Shelter), o => o.AddedForMen);
    }

    [Fact]
    public void A_service_whose_full_coverage_excludes_the_province_is_left_out()
    {
        var options = Directory.Find("KH-12", ServiceNeed.LegalAid, Eligible.Men, max: 10);

        Assert.All(options.Where(o => !o.AddedForMen), o => Assert.NotEqual("men-legal-sr", o.Service.Id));
    }

    [Fact]
    public void A_service_whose_coverage_is_not_stated_is_offered_with_that_said()
    {
        var options = Directory.Find("KH-17", ServiceNeed.LegalAid, max: 10);

        Assert.Contains(options, o => o.Service.Id == "legal-anywhere" && o.Coverage == Coverage.NotStated);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Phnom Penh")]
    [InlineData("KH-99")]
    public void An_unknown_province_still_gets_answers(string? province)
    {
        Assert.NotEmpty(Directory.Find(province, ServiceNeed.LegalAid));
    }

    [Fact]
    public void A_need_nobody_offers_gives_an_empty_list()
    {
        Assert.Empty(Directory.Find("KH-12", ServiceNeed.WageClaim));
    }

    [Fact]
    public void At_most_the_requested_number_of_options_is_given()
    {
        Assert.Single(Directory.Find("KH-12", ServiceNeed.LegalAid, max: 1));
        Assert.Empty(Directory.Find("KH-12", ServiceNeed.LegalAid, max: 0));
    }
}
