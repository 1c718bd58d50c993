namespace Hotline.Domain.CheckIns;

/// <summary>
/// When it is safe to message a client: the days and hours they gave, in their own time zone (they may be working
/// in Thailand or Malaysia). A check-in due outside the window waits for the next opening — it is never sent at
/// night to catch up (safety rule R3).
/// </summary>
public sealed record SafeWindow(IReadOnlySet<DayOfWeek> Days, TimeOnly From, TimeOnly To, string TimeZone)
{
    public static readonly IReadOnlySet<DayOfWeek> EveryDay = Enum.GetValues<DayOfWeek>().ToHashSet();

    private TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>Everything wrong with the window; empty when it can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Days.Count == 0) problems.Add("at least one safe day is needed");
        if (To <= From) problems.Add("the safe hours must end after they start (no windows across midnight)");
        if (To - From < TimeSpan.FromMinutes(30)) problems.Add("the safe hours must be at least 30 minutes long");
        try { _ = Zone; }
        catch (TimeZoneNotFoundException) { problems.Add($"unknown time zone '{TimeZone}' (use an IANA name such as Asia/Bangkok)"); }
        return problems;
    }

    /// <summary>True when <paramref name="instant"/> falls inside the window in the client's zone.</summary>
    public bool Contains(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return Days.Contains(local.DayOfWeek) && time >= From && time < To;
    }

    /// <summary><paramref name="instant"/> itself when it is inside the window, otherwise the start of the next
    /// window (in the client's zone), at most two weeks ahead.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant)
    {
        if (Contains(instant)) return instant;
        var zone = Zone;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        for (var day = 0; day <= 14; day++)
        {
            var date = DateOnly.FromDateTime(local.DateTime).AddDays(day);
            if (!Days.Contains(date.DayOfWeek)) continue;
            var start = date.ToDateTime(From);
            var startInstant = new DateTimeOffset(start, zone.GetUtcOffset(start));
            if (startInstant > instant) return startInstant;
        }
        throw new InvalidOperationException("The safe window has no opening in the next two weeks.");
    }
}
