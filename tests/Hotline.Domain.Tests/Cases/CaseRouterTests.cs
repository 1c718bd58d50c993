using Hotline.Domain.Cases;

namespace Hotline.Domain.Tests.Cases;

public sealed class CaseRouterTests
{
    private static readonly OrganisationCoverage NationalLegal = new(1, ["legal_aid", "wage_claim"], ["all"], AcceptsUrgent: false);
    private static readonly OrganisationCoverage BattambangLegal = new(2, ["legal_aid", "wage_claim"], ["KH-2"], AcceptsUrgent: true);
    private static readonly OrganisationCoverage PhnomPenhHealth = new(3, ["medical", "counselling"], ["KH-12"], AcceptsUrgent: true);
    private static readonly OrganisationCoverage NationalUrgent = new(4, ["repatriation"], ["all"], AcceptsUrgent: true);

    private static readonly IReadOnlyList<OrganisationCoverage> Directory = [NationalLegal, BattambangLegal, PhnomPenhHealth, NationalUrgent];

    [Fact]
    public void A_help_request_goes_to_the_organisation_naming_its_province_before_a_national_one()
    {
        Assert.Equal(2, CaseRouter.Route("wage_claim", "KH-2", Directory));
    }

    [Fact]
    public void A_help_request_from_a_province_nobody_names_goes_to_a_national_organisation()
    {
        Assert.Equal(1, CaseRouter.Route("legal_aid", "KH-17", Directory));
    }

    [Fact]
    public void A_need_nobody_covers_in_that_province_goes_to_intake()
    {
        Assert.Null(CaseRouter.Route("medical", "KH-2", Directory));
        Assert.Null(CaseRouter.Route("shelter", "KH-12", Directory));
    }

    [Fact]
    public void A_person_still_abroad_or_of_unknown_place_goes_to_the_first_organisation_covering_the_need()
    {
        Assert.Equal(3, CaseRouter.Route("medical", "TH", Directory));
        Assert.Equal(1, CaseRouter.Route("wage_claim", null, Directory));
    }

    [Fact]
    public void Need_and_province_words_match_whatever_their_case()
    {
        Assert.Equal(2, CaseRouter.Route("Wage_Claim", "kh-2", Directory));
    }

    [Fact]
    public void An_urgent_case_goes_only_to_an_organisation_that_accepts_urgent_cases_and_has_someone_on_call()
    {
        Assert.Equal(4, CaseRouter.RouteUrgent("wage_claim", "KH-2", Directory, id => id is 1 or 4));
    }

    [Fact]
    public void An_urgent_case_prefers_the_organisation_in_its_province_when_several_are_on_call()
    {
        Assert.Equal(2, CaseRouter.RouteUrgent(null, "KH-2", Directory, _ => true));
        Assert.Equal(3, CaseRouter.RouteUrgent("medical", "KH-12", Directory, _ => true));
    }

    [Fact]
    public void An_urgent_case_from_abroad_goes_to_the_first_organisation_on_call_covering_all_provinces()
    {
        Assert.Equal(4, CaseRouter.RouteUrgent(null, "TH", Directory, _ => true));
    }

    [Fact]
    public void An_urgent_case_with_nobody_on_call_anywhere_has_no_organisation_and_the_host_must_alarm()
    {
        Assert.Null(CaseRouter.RouteUrgent(null, "KH-12", Directory, _ => false));
    }

    [Fact]
    public void Urgent_routing_can_ask_the_rota_who_is_on_call()
    {
        var now = PhnomPenhTime.ToInstant(new DateOnly(2026, 11, 22), new TimeOnly(2, 0));
        var responder = new Responder(7, 3, "Sokha", ResponderRole.Responder, true, ["km"], ["KH-12"], ["medical"]);
        var shift = Shift.Local(7, 3, ShiftRole.Primary, new DateOnly(2026, 11, 21), new TimeOnly(20, 0), new TimeOnly(8, 0));
        var rota = new OnCallRota([shift], [responder]);

        Assert.Equal(3, CaseRouter.RouteUrgent(null, "KH-2", Directory, id => rota.HasSomeoneOnCall(id, now)));
    }
}
