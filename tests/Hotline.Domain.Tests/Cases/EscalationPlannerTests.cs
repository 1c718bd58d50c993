using Hotline.Domain.Cases;
using static Hotline.Domain.Tests.Cases.People;

namespace Hotline.Domain.Tests.Cases;

public sealed class EscalationPlannerTests
{
    private static readonly TimeSpan N = TimeSpan.FromMinutes(5);
    private static readonly EscalationPlanner Planner = new(new EscalationPolicy(N, RepeatLimit: 2));
    private static readonly DateTimeOffset Opened = At(22, 2, 14);

    /// <summary>Primary Sokha, backup Dara; Vanna on duty; Chenda coordinator.</summary>
    private static readonly OnCall Full = new(Sokha, Dara, [Sokha, Dara, Vanna, Chenda]);

    /// <summary>Runs the chain the way the host does: check, page and store, then check again when due.</summary>
    private static List<(TimeSpan After, EscalationDecision Decision)> Run(OnCall onCall, int checks)
    {
        var state = EscalationState.Start;
        var now = Opened;
        var log = new List<(TimeSpan, EscalationDecision)>();
        for (var i = 0; i < checks; i++)
        {
            var decision = Planner.Next(state, onCall, now);
            log.Add((now - Opened, decision));
            if (decision.DueAt is not { } due) break;
            state = state.After(decision, now);
            now = due;
        }

        return log;
    }

    [Fact]
    public void A_new_urgent_case_pages_the_primary_at_once_and_is_due_again_after_the_timeout()
    {
        var decision = Planner.Next(EscalationState.Start, Full, Opened);

        Assert.Equal(EscalationOutcome.Page, decision.Outcome);
        Assert.Equal([Sokha.Id], decision.Page);
        Assert.Equal(1, decision.Step);
        Assert.Equal(EscalationTier.Primary, decision.Tier);
        Assert.Equal(Opened + N, decision.DueAt);
    }

    [Fact]
    public void Without_an_ack_the_chain_runs_primary_backup_coordinators_twice_then_is_exhausted()
    {
        var log = Run(Full, checks: 10);

        Assert.Equal(
            [
                (0, 1, 1, EscalationOutcome.Page, "1"),
                (5, 2, 1, EscalationOutcome.Page, "2"),
                (10, 3, 1, EscalationOutcome.Page, "3,4"),
                (15, 4, 2, EscalationOutcome.Page, "1"),
                (20, 5, 2, EscalationOutcome.Page, "2"),
                (25, 6, 2, EscalationOutcome.Page, "3,4"),
                (30, 7, 3, EscalationOutcome.Exhausted, ""),
            ],
            log.Select(l => ((int)l.After.TotalMinutes, l.Decision.Step, l.Decision.Round, l.Decision.Outcome, string.Join(",", l.Decision.Page))));
    }

    [Fact]
    public void The_backup_is_paged_exactly_when_the_primary_timeout_runs_out()
    {
        var state = EscalationState.Start.After(Planner.Next(EscalationState.Start, Full, Opened), Opened);

        var justBefore = Planner.Next(state, Full, Opened + N - TimeSpan.FromSeconds(1));
        var atN = Planner.Next(state, Full, Opened + N);

        Assert.Equal(EscalationOutcome.Wait, justBefore.Outcome);
        Assert.Empty(justBefore.Page);
        Assert.Equal(Opened + N, justBefore.DueAt);
        Assert.Equal(EscalationOutcome.Page, atN.Outcome);
        Assert.Equal([Dara.Id], atN.Page);
    }

    [Fact]
    public void An_ack_stops_the_chain()
    {
        var state = EscalationState.Start.After(Planner.Next(EscalationState.Start, Full, Opened), Opened).AfterAcknowledgement();

        var decision = Planner.Next(state, Full, Opened + N);

        Assert.Equal(EscalationOutcome.Stopped, decision.Outcome);
        Assert.Empty(decision.Page);
        Assert.Null(decision.DueAt);
    }

    [Fact]
    public void A_missing_backup_is_skipped_and_the_coordinators_are_paged_at_the_first_timeout()
    {
        var noBackup = Full with { Backup = null };

        var log = Run(noBackup, checks: 2);

        Assert.Equal(EscalationOutcome.Page, log[1].Decision.Outcome);
        Assert.Equal(N, log[1].After);
        Assert.Equal(3, log[1].Decision.Step);
        Assert.Equal(EscalationTier.Coordinators, log[1].Decision.Tier);
        Assert.Equal([Dara.Id, Vanna.Id, Chenda.Id], log[1].Decision.Page);
    }

    [Fact]
    public void A_missing_primary_pages_the_backup_at_once()
    {
        var decision = Planner.Next(EscalationState.Start, Full with { Primary = null }, Opened);

        Assert.Equal(2, decision.Step);
        Assert.Equal([Dara.Id], decision.Page);
    }

    [Fact]
    public void A_duplicate_firing_computes_the_same_step_and_the_same_people()
    {
        var state = EscalationState.Start.After(Planner.Next(EscalationState.Start, Full, Opened), Opened);

        var first = Planner.Next(state, Full, Opened + N);
        var second = Planner.Next(state, Full, Opened + N);

        Assert.Equal((first.Outcome, first.Step, first.DueAt), (second.Outcome, second.Step, second.DueAt));
        Assert.Equal(first.Page, second.Page);
    }

    [Fact]
    public void A_duplicate_firing_after_the_page_was_stored_pages_nobody()
    {
        var state = EscalationState.Start.After(Planner.Next(EscalationState.Start, Full, Opened), Opened);
        var backup = Planner.Next(state, Full, Opened + N);
        var stored = state.After(backup, Opened + N);

        var again = Planner.Next(stored, Full, Opened + N + TimeSpan.FromSeconds(2));

        Assert.Equal(EscalationOutcome.Wait, again.Outcome);
        Assert.Empty(again.Page);
        Assert.Equal(backup.Step, again.Step);
    }

    [Fact]
    public void A_late_firing_moves_one_step_not_several()
    {
        var state = EscalationState.Start.After(Planner.Next(EscalationState.Start, Full, Opened), Opened);

        var late = Planner.Next(state, Full, Opened + TimeSpan.FromMinutes(17));

        Assert.Equal(2, late.Step);
        Assert.Equal([Dara.Id], late.Page);
    }

    [Fact]
    public void A_pass_moves_to_the_next_tier_without_waiting_for_the_timeout()
    {
        var state = EscalationState.Start.After(Planner.Next(EscalationState.Start, Full, Opened), Opened).AfterPass();

        var decision = Planner.Next(state, Full, Opened + TimeSpan.FromMinutes(1));

        Assert.Equal(EscalationOutcome.Page, decision.Outcome);
        Assert.Equal([Dara.Id], decision.Page);
    }

    [Fact]
    public void With_nobody_on_call_at_all_the_chain_is_exhausted_at_once()
    {
        var decision = Planner.Next(EscalationState.Start, OnCall.Nobody, Opened);

        Assert.Equal(EscalationOutcome.Exhausted, decision.Outcome);
        Assert.Equal(Planner.ExhaustedStep, decision.Step);
        Assert.Null(decision.DueAt);
    }

    [Fact]
    public void An_exhausted_chain_stays_exhausted_at_the_same_step_so_the_alarm_is_raised_once()
    {
        var exhausted = Planner.Next(EscalationState.Start, OnCall.Nobody, Opened);
        var stored = EscalationState.Start.After(exhausted, Opened);

        var again = Planner.Next(stored, Full, Opened + TimeSpan.FromHours(1));

        Assert.Equal(EscalationOutcome.Exhausted, again.Outcome);
        Assert.Equal(exhausted.Step, again.Step);
    }

    [Fact]
    public void A_primary_who_is_also_a_coordinator_is_not_paged_twice_in_one_round()
    {
        var onCall = new OnCall(Chenda, null, [Chenda]);

        var log = Run(onCall, checks: 3);

        Assert.Equal([(1, "4"), (4, "4"), (7, "")], log.Select(l => (l.Decision.Step, string.Join(",", l.Decision.Page))));
    }

    [Fact]
    public void The_rota_at_each_check_decides_who_is_paged_so_a_new_shift_gets_the_next_step()
    {
        var state = EscalationState.Start.After(Planner.Next(EscalationState.Start, Full, Opened), Opened);
        var afterHandOver = Full with { Backup = Vanna };

        var decision = Planner.Next(state, afterHandOver, Opened + N);

        Assert.Equal([Vanna.Id], decision.Page);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(5, 0)]
    [InlineData(-1, 2)]
    public void A_policy_without_time_or_rounds_is_refused(int minutes, int rounds)
    {
        Assert.Throws<ArgumentException>(() => new EscalationPlanner(new EscalationPolicy(TimeSpan.FromMinutes(minutes), rounds)));
    }
}
