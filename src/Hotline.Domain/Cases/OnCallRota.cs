namespace Hotline.Domain.Cases;

/// <summary>
/// The shifts and responders of every organisation, asked "who is on call now?". Pure and immutable:
/// the host loads the rota, passes the current instant, and gets the same answer on every node.
/// </summary>
/// <remarks>
/// Overlapping shifts for the same slot are normal (a swap added on top of the weekly pattern); the
/// shift that started latest wins, because the most recent arrangement is the one people agreed last.
/// Ties go to the shift that ends later, then to the lower responder id, so that two nodes never
/// disagree. A responder who is off duty is passed over and the next overlapping shift takes the slot.
/// The backup is never the same person as the primary: paging one phone twice is not a second chance.
/// </remarks>
public sealed class OnCallRota
{
    private readonly IReadOnlyList<Shift> _shifts;
    private readonly IReadOnlyDictionary<long, Responder> _responders;

    public OnCallRota(IEnumerable<Shift> shifts, IEnumerable<Responder> responders)
    {
        ArgumentNullException.ThrowIfNull(shifts);
        ArgumentNullException.ThrowIfNull(responders);
        _shifts = shifts.ToList();
        foreach (var shift in _shifts.Where(s => s.End <= s.Start))
        {
            throw new ArgumentException($"A shift of responder {shift.ResponderId} ends at or before it starts.", nameof(shifts));
        }

        _responders = responders.ToDictionary(r => r.Id);
    }

    /// <summary>The responders known to the rota.</summary>
    public IReadOnlyCollection<Responder> Responders => _responders.Values.ToList();

    /// <summary>Who is primary, backup and coordinator for <paramref name="organisationId"/> at <paramref name="now"/>.</summary>
    public OnCall OnCallNow(long organisationId, DateTimeOffset now)
    {
        var primary = Pick(organisationId, ShiftRole.Primary, now, exclude: null);
        var backup = Pick(organisationId, ShiftRole.Backup, now, exclude: primary?.Id);
        var coordinators = _responders.Values
            .Where(r => r.OrganisationId == organisationId && (r.Role == ResponderRole.Coordinator || r.OnDuty))
            .OrderBy(r => r.Id)
            .ToList();
        return new OnCall(primary, backup, coordinators);
    }

    /// <summary>True when <paramref name="organisationId"/> has a primary or backup on shift and on duty: the test urgent routing uses.</summary>
    public bool HasSomeoneOnCall(long organisationId, DateTimeOffset now) => OnCallNow(organisationId, now).HasSomeoneOnShift;

    private Responder? Pick(long organisationId, ShiftRole role, DateTimeOffset now, long? exclude) =>
        _shifts
            .Where(s => s.OrganisationId == organisationId && s.Role == role && s.Covers(now))
            .OrderByDescending(s => s.Start)
            .ThenByDescending(s => s.End)
            .ThenBy(s => s.ResponderId)
            .Select(s => _responders.GetValueOrDefault(s.ResponderId))
            .FirstOrDefault(r => r is not null && r.OnDuty && r.Id != exclude);
}
