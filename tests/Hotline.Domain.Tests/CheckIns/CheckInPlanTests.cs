using Hotline.Domain.CheckIns;

namespace Hotline.Domain.Tests.CheckIns;

public sealed class CheckInPlanTests
{
    // Weeks 1, 2 and 4, then monthly to twelve months, then every three months.
    private static readonly CheckInPlan Standard = new("standard", [7, 14, 28, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330, 365], 91);

    [Fact]
    public void The_plan_produces_the_expected_dates()
    {
        var reintegrated = new DateOnly(2026, 1, 10);
        Assert.Equal(new DateOnly(2026, 1, 17), Standard.DueDate(reintegrated, 1));
        Assert.Equal(new DateOnly(2026, 1, 24), Standard.DueDate(reintegrated, 2));
        Assert.Equal(new DateOnly(2026, 2, 7), Standard.DueDate(reintegrated, 3));
        Assert.Equal(new DateOnly(2027, 1, 10), Standard.DueDate(reintegrated, 14));
        Assert.Equal(new DateOnly(2027, 4, 11), Standard.DueDate(reintegrated, 15)); // then every 91 days, with no end date
        Assert.Equal(new DateOnly(2027, 7, 11), Standard.DueDate(reintegrated, 16));
    }

    [Fact]
    public void An_enrolment_made_late_starts_at_the_next_round_due()
    {
        var reintegrated = new DateOnly(2026, 1, 10);
        Assert.Equal(4, Standard.FirstRoundFrom(reintegrated, new DateOnly(2026, 2, 20)));
    }

    [Fact]
    public void A_round_due_on_a_date_is_sent_at_the_start_of_that_days_window()
    {
        var bangkokMornings = new SafeWindow(SafeWindow.EveryDay, new TimeOnly(8, 0), new TimeOnly(10, 0), "Asia/Bangkok");
        var phnomPenhEvenings = new SafeWindow(SafeWindow.EveryDay, new TimeOnly(18, 0), new TimeOnly(21, 0), "Asia/Phnom_Penh");
        var date = new DateOnly(2026, 3, 1);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(7)), CheckInTime.SendAt(date, bangkokMornings));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.FromHours(7)), CheckInTime.SendAt(date, phnomPenhEvenings));
    }

    [Fact]
    public void Plans_with_decreasing_offsets_or_a_too_short_repeat_are_refused()
    {
        Assert.NotEmpty((Standard with { OffsetsDays = [14, 7] }).Validate());
        Assert.NotEmpty((Standard with { ThenEveryDays = 1 }).Validate());
        Assert.Empty(Standard.Validate());
    }

    [Fact]
    public void Each_round_asks_its_own_questions_and_later_rounds_ask_the_repeating_set()
    {
        var plan = Standard with { Ask = [[], [CheckInQuestion.Component]], ThenAsk = [CheckInQuestion.Work, CheckInQuestion.Income] };
        Assert.Empty(plan.QuestionsFor(1));
        Assert.Equal([CheckInQuestion.Component], plan.QuestionsFor(2));
        Assert.Equal([CheckInQuestion.Work, CheckInQuestion.Income], plan.QuestionsFor(3));
        Assert.Equal([CheckInQuestion.Work, CheckInQuestion.Income], plan.QuestionsFor(20));
    }

    [Fact]
    public void A_round_asks_about_the_seven_reintegration_components_in_turn()
    {
        Assert.Equal(7, Enumerable.Range(1, 7).Select(ReintegrationComponents.ForRound).Distinct().Count());
        Assert.Equal(ReintegrationComponents.ForRound(1), ReintegrationComponents.ForRound(8));
    }
}
