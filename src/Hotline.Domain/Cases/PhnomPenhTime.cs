namespace Hotline.Domain.Cases;

/// <summary>
/// Rotas and safe hours are agreed in Cambodian local time, while every timer and stored instant is an
/// absolute <see cref="DateTimeOffset"/>. These helpers are the one place where the two meet, so that a
/// shift "from 20:00" means 20:00 in Phnom Penh whatever time zone a server runs in.
/// </summary>
public static class PhnomPenhTime
{
    /// <summary>The IANA name of the zone.</summary>
    public const string ZoneId = "Asia/Phnom_Penh";

    /// <summary>
    /// The Asia/Phnom_Penh zone. Where the system has no time-zone data for it, a fixed UTC+7 stands
    /// in: Cambodia keeps UTC+7 all year without daylight saving, so the two give the same instants.
    /// </summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>The instant at which Phnom Penh clocks show <paramref name="time"/> on <paramref name="date"/>.</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary><paramref name="instant"/> as Phnom Penh clocks show it (the offset is Phnom Penh's).</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The Phnom Penh calendar date at <paramref name="instant"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The Phnom Penh clock time at <paramref name="instant"/>.</summary>
    public static TimeOnly LocalTime(DateTimeOffset instant) => TimeOnly.FromDateTime(ToLocal(instant).DateTime);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone(ZoneId, TimeSpan.FromHours(7), ZoneId, ZoneId);
        }
    }
}
