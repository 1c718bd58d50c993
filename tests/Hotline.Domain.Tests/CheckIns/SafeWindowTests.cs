using Hotline.Domain.CheckIns;

namespace Hotline.Domain.Tests.CheckIns;

public sealed class SafeWindowTests
{
    private static readonly SafeWindow PhnomPenhEvenings = new(SafeWindow.EveryDay, new TimeOnly(17, 0), new TimeOnly(20, 0), "Asia/Phnom_Penh");

    [Fact]
    public void A_check_in_due_at_two_in_the_morning_waits_for_the_start_of_the_window()
    {
        var twoAm = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.FromHours(7));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.FromHours(7)), PhnomPenhEvenings.NextOpening(twoAm));
    }

    [Fact]
    public void An_instant_inside_the_window_is_sent_at_once()
    {
        var sixPm = new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.FromHours(7));
        Assert.Equal(sixPm, PhnomPenhEvenings.NextOpening(sixPm));
    }

    [Fact]
    public void After_the_window_closes_the_next_opening_is_tomorrow_never_tonight()
    {
        var ninePm = new DateTimeOffset(2026, 12, 1, 21, 0, 0, TimeSpan.FromHours(7));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 17, 0, 0, TimeSpan.FromHours(7)), PhnomPenhEvenings.NextOpening(ninePm));
    }

    [Fact]
    public void The_window_is_read_in_the_clients_own_time_zone()
    {
        var kualaLumpur = PhnomPenhEvenings with { TimeZone = "Asia/Kuala_Lumpur" };   // UTC+8
        var fivePmPhnomPenh = new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.FromHours(7)); // 18:00 in Kuala Lumpur
        Assert.True(kualaLumpur.Contains(fivePmPhnomPenh));
        var fourPmPhnomPenh = fivePmPhnomPenh.AddHours(-1);                                    // 17:00 in Kuala Lumpur
        Assert.True(kualaLumpur.Contains(fourPmPhnomPenh));
        Assert.False(PhnomPenhEvenings.Contains(fourPmPhnomPenh));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.FromHours(8)),
            kualaLumpur.NextOpening(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void Quiet_days_are_skipped()
    {
        var weekdays = PhnomPenhEvenings with { Days = new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday } };
        var saturdayMorning = new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.FromHours(7)); // 5 Dec 2026 is a Saturday
        Assert.Equal(DayOfWeek.Saturday, saturdayMorning.DayOfWeek);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 17, 0, 0, TimeSpan.FromHours(7)), weekdays.NextOpening(saturdayMorning));
    }

    [Fact]
    public void A_window_that_ends_before_it_starts_or_names_an_unknown_zone_is_refused()
    {
        Assert.NotEmpty((PhnomPenhEvenings with { From = new TimeOnly(20, 0), To = new TimeOnly(17, 0) }).Validate());
        Assert.NotEmpty((PhnomPenhEvenings with { TimeZone = "Mars/Olympus" }).Validate());
        Assert.Empty(PhnomPenhEvenings.Validate());
    }
}
