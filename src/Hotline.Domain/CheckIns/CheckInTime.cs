namespace Hotline.Domain.CheckIns;

/// <summary>When a round's message may leave: the due date at the start of the client's safe hours, or later.</summary>
public static class CheckInTime
{
    public static DateTimeOffset SendAt(DateOnly dueDate, SafeWindow window)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(window.TimeZone);
        var local = dueDate.ToDateTime(window.From);
        return window.NextOpening(new DateTimeOffset(local, zone.GetUtcOffset(local)));
    }
}
