namespace Hotline.Domain.Cases;

/// <summary>
/// One stretch of on-call time, as an instant range: <see cref="Start"/> inclusive, <see cref="End"/>
/// exclusive, so that at a hand-over instant exactly one of two back-to-back shifts is on. Rotas are
/// written in Phnom Penh time; <see cref="Local"/> turns a local day and clock times into a shift.
/// </summary>
public sealed record Shift(long ResponderId, long OrganisationId, ShiftRole Role, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>True when the shift covers <paramref name="now"/> (start inclusive, end exclusive).</summary>
    public bool Covers(DateTimeOffset now) => Start <= now && now < End;

    /// <summary>
    /// A shift written the way a rota is: a Phnom Penh date and two clock times. An end at or before the
    /// start is on the next day, so "20:00–08:00" is a night shift and "08:00–08:00" a full day.
    /// </summary>
    public static Shift Local(long responderId, long organisationId, ShiftRole role, DateOnly day, TimeOnly start, TimeOnly end)
    {
        var startsAt = PhnomPenhTime.ToInstant(day, start);
        var endsAt = PhnomPenhTime.ToInstant(end <= start ? day.AddDays(1) : day, end);
        return new Shift(responderId, organisationId, role, startsAt, endsAt);
    }
}
