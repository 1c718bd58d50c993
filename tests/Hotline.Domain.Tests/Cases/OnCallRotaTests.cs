using Hotline.Domain.Cases;
using static Hotline.Domain.Tests.Cases.People;

namespace Hotline.Domain.Tests.Cases;

public sealed class OnCallRotaTests
{
    private static readonly DateOnly Saturday = new(2026, 11, 21);

    private static OnCallRota Rota(IEnumerable<Shift> shifts, params Responder[] responders) =>
        new(shifts, responders.Length > 0 ? responders : [Sokha, Dara, Vanna, Chenda, Bopha]);

    private static Shift Day(long responderId, ShiftRole role) =>
        Shift.Local(responderId, Org, role, Saturday, new TimeOnly(8, 0), new TimeOnly(20, 0));

    private static Shift Night(long responderId, ShiftRole role) =>
        Shift.Local(responderId, Org, role, Saturday, new TimeOnly(20, 0), new TimeOnly(8, 0));

    [Fact]
    public void Phnom_penh_local_time_is_seven_hours_ahead_of_utc()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 1, 0, 0, TimeSpan.Zero), PhnomPenhTime.ToInstant(Saturday, new TimeOnly(8, 0)));
        Assert.Equal(new TimeOnly(2, 30), PhnomPenhTime.LocalTime(new DateTimeOffset(2026, 11, 20, 19, 30, 0, TimeSpan.Zero)));
        Assert.Equal(Saturday, PhnomPenhTime.LocalDate(new DateTimeOffset(2026, 11, 20, 19, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_night_shift_written_20_to_08_ends_the_next_morning()
    {
        var night = Night(Sokha.Id, ShiftRole.Primary);

        Assert.Equal(At(21, 20), night.Start);
        Assert.Equal(At(22, 8), night.End);
    }

    [Fact]
    public void The_primary_and_backup_on_shift_are_on_call()
    {
        var rota = Rota([Day(Sokha.Id, ShiftRole.Primary), Day(Dara.Id, ShiftRole.Backup)]);

        var onCall = rota.OnCallNow(Org, At(21, 14));

        Assert.Equal(Sokha, onCall.Primary);
        Assert.Equal(Dara, onCall.Backup);
    }

    [Fact]
    public void At_the_hand_over_instant_the_next_shift_is_on_call_and_a_tick_before_the_previous_one()
    {
        var rota = Rota([Day(Sokha.Id, ShiftRole.Primary), Night(Dara.Id, ShiftRole.Primary)]);

        Assert.Equal(Sokha, rota.OnCallNow(Org, At(21, 20).AddTicks(-1)).Primary);
        Assert.Equal(Dara, rota.OnCallNow(Org, At(21, 20)).Primary);
    }

    [Fact]
    public void A_night_shift_still_covers_two_in_the_morning_phnom_penh_time_which_is_the_previous_day_in_utc()
    {
        var rota = Rota([Night(Vanna.Id, ShiftRole.Primary)]);

        var twoAm = At(22, 2);

        Assert.Equal(21, twoAm.UtcDateTime.Day);
        Assert.Equal(Vanna, rota.OnCallNow(Org, twoAm).Primary);
        Assert.Null(rota.OnCallNow(Org, At(22, 8)).Primary);
    }

    [Fact]
    public void Before_the_first_shift_starts_nobody_is_primary()
    {
        var rota = Rota([Day(Sokha.Id, ShiftRole.Primary)]);

        Assert.Null(rota.OnCallNow(Org, At(21, 7, 59)).Primary);
    }

    [Fact]
    public void Overlapping_shifts_go_to_the_one_that_started_latest()
    {
        var swap = Shift.Local(Vanna.Id, Org, ShiftRole.Primary, Saturday, new TimeOnly(12, 0), new TimeOnly(16, 0));
        var rota = Rota([Day(Sokha.Id, ShiftRole.Primary), swap]);

        Assert.Equal(Sokha, rota.OnCallNow(Org, At(21, 11)).Primary);
        Assert.Equal(Vanna, rota.OnCallNow(Org, At(21, 13)).Primary);
        Assert.Equal(Sokha, rota.OnCallNow(Org, At(21, 16)).Primary);
    }

    [Fact]
    public void Identical_overlapping_shifts_resolve_the_same_way_whatever_their_order()
    {
        var a = Day(Dara.Id, ShiftRole.Primary);
        var b = Day(Sokha.Id, ShiftRole.Primary);

        Assert.Equal(Sokha, Rota([a, b]).OnCallNow(Org, At(21, 9)).Primary);
        Assert.Equal(Sokha, Rota([b, a]).OnCallNow(Org, At(21, 9)).Primary);
    }

    [Fact]
    public void An_off_duty_primary_is_skipped_for_the_next_overlapping_shift()
    {
        var offDuty = Sokha with { OnDuty = false };
        var swap = Shift.Local(Sokha.Id, Org, ShiftRole.Primary, Saturday, new TimeOnly(12, 0), new TimeOnly(16, 0));
        var rota = Rota([Day(Dara.Id, ShiftRole.Primary), swap], offDuty, Dara, Chenda);

        Assert.Equal(Dara, rota.OnCallNow(Org, At(21, 13)).Primary);
    }

    [Fact]
    public void An_off_duty_primary_with_no_other_shift_leaves_the_slot_empty()
    {
        var rota = Rota([Day(Sokha.Id, ShiftRole.Primary), Day(Dara.Id, ShiftRole.Backup)], Sokha with { OnDuty = false }, Dara);

        var onCall = rota.OnCallNow(Org, At(21, 13));

        Assert.Null(onCall.Primary);
        Assert.Equal(Dara, onCall.Backup);
        Assert.True(onCall.HasSomeoneOnShift);
    }

    [Fact]
    public void The_backup_is_never_the_same_person_as_the_primary()
    {
        var rota = Rota([Day(Sokha.Id, ShiftRole.Primary), Day(Sokha.Id, ShiftRole.Backup)]);

        Assert.Null(rota.OnCallNow(Org, At(21, 13)).Backup);
    }

    [Fact]
    public void Coordinators_are_every_coordinator_and_everyone_on_duty_in_the_organisation_only()
    {
        var stranger = Make(9, "Rith", organisationId: OtherOrg);
        var offDutyCoordinator = Make(6, "Sophea", ResponderRole.Coordinator, onDuty: false);
        var offDuty = Make(7, "Kosal", onDuty: false);
        var rota = Rota([], Sokha, Chenda, offDutyCoordinator, offDuty, Bopha, stranger);

        var ids = rota.OnCallNow(Org, At(21, 13)).Coordinators.Select(r => r.Id);

        Assert.Equal([Sokha.Id, Chenda.Id, offDutyCoordinator.Id], ids);
    }

    [Fact]
    public void Shifts_of_another_organisation_do_not_count()
    {
        var rota = Rota([Shift.Local(Sokha.Id, OtherOrg, ShiftRole.Primary, Saturday, new TimeOnly(8, 0), new TimeOnly(20, 0))]);

        Assert.Null(rota.OnCallNow(Org, At(21, 13)).Primary);
        Assert.False(rota.HasSomeoneOnCall(Org, At(21, 13)));
        Assert.True(rota.HasSomeoneOnCall(OtherOrg, At(21, 13)));
    }

    [Fact]
    public void A_shift_that_ends_before_it_starts_is_refused()
    {
        var broken = new Shift(Sokha.Id, Org, ShiftRole.Primary, At(21, 10), At(21, 9));

        Assert.Throws<ArgumentException>(() => Rota([broken]));
    }
}
