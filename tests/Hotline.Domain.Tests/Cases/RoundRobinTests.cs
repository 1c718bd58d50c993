using Hotline.Domain.Cases;
using static Hotline.Domain.Tests.Cases.People;

namespace Hotline.Domain.Tests.Cases;

public sealed class RoundRobinTests
{
    private static readonly Responder WagesPhnomPenh = Make(11, "Srey", provinces: ["KH-12"], services: ["wage_claim", "legal_aid"]);
    private static readonly Responder WagesEverywhere = Make(12, "Pisey", services: ["wage_claim"]);
    private static readonly Responder HealthPhnomPenh = Make(13, "Rotha", provinces: ["KH-12"], services: ["medical"]);
    private static readonly Responder HealthBattambang = Make(14, "Nary", provinces: ["KH-2"], services: ["medical"]);

    [Fact]
    public void Cases_rotate_through_everyone_who_fits_in_id_order_and_wrap_round()
    {
        Responder[] team = [Make(3, "C"), Make(1, "A"), Make(2, "B")];
        long? last = null;
        var picked = new List<long>();

        for (var i = 0; i < 7; i++)
        {
            last = RoundRobin.Pick(team, last, "wage_claim", "KH-12")!.Id;
            picked.Add(last.Value);
        }

        Assert.Equal([1, 2, 3, 1, 2, 3, 1], picked);
    }

    [Fact]
    public void Over_many_cases_everyone_who_fits_gets_the_same_number_give_or_take_one()
    {
        Responder[] team = [Make(1, "A"), Make(2, "B"), Make(3, "C"), Make(4, "D")];
        long? last = null;
        var counts = new Dictionary<long, int>();

        for (var i = 0; i < 101; i++)
        {
            last = RoundRobin.Pick(team, last, null, null)!.Id;
            counts[last.Value] = counts.GetValueOrDefault(last.Value) + 1;
        }

        Assert.True(counts.Values.Max() - counts.Values.Min() <= 1);
        Assert.Equal(4, counts.Count);
    }

    [Fact]
    public void Someone_covering_both_need_and_province_is_preferred()
    {
        var pick = RoundRobin.Pick([WagesEverywhere, HealthPhnomPenh, WagesPhnomPenh], null, "wage_claim", "KH-12");

        Assert.Equal(WagesPhnomPenh, pick);
    }

    [Fact]
    public void The_need_outranks_the_province_when_nobody_covers_both()
    {
        var pick = RoundRobin.Pick([HealthPhnomPenh, WagesEverywhere with { Provinces = ["KH-2"] }], null, "wage_claim", "KH-12");

        Assert.Equal(WagesEverywhere.Id, pick?.Id);
    }

    [Fact]
    public void Someone_in_the_province_is_next_when_nobody_covers_the_need()
    {
        var pick = RoundRobin.Pick([HealthBattambang, HealthPhnomPenh], null, "wage_claim", "KH-12");

        Assert.Equal(HealthPhnomPenh, pick);
    }

    [Fact]
    public void When_nobody_fits_anyone_on_duty_still_gets_the_case()
    {
        var pick = RoundRobin.Pick([HealthBattambang], null, "wage_claim", "KH-12");

        Assert.Equal(HealthBattambang, pick);
    }

    [Fact]
    public void Off_duty_responders_and_admins_are_never_picked()
    {
        Responder[] team = [WagesPhnomPenh with { OnDuty = false }, Bopha with { OnDuty = true }];

        Assert.Null(RoundRobin.Pick(team, null, "wage_claim", "KH-12"));
    }

    [Fact]
    public void The_turn_continues_after_the_last_person_even_if_they_have_since_left_the_list()
    {
        Responder[] team = [Make(1, "A"), Make(3, "C"), Make(5, "E")];

        Assert.Equal(5, RoundRobin.Pick(team, lastAssignedId: 4, null, null)?.Id);
        Assert.Equal(1, RoundRobin.Pick(team, lastAssignedId: 9, null, null)?.Id);
    }

    [Fact]
    public void The_best_group_rotates_on_its_own_and_does_not_hand_cases_to_weaker_fits()
    {
        Responder[] team = [Make(1, "A", services: ["wage_claim"]), Make(2, "B", services: ["medical"]), Make(3, "C", services: ["wage_claim"])];

        Assert.Equal(3, RoundRobin.Pick(team, 1, "wage_claim", null)?.Id);
        Assert.Equal(1, RoundRobin.Pick(team, 3, "wage_claim", null)?.Id);
    }
}
