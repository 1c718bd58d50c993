namespace Hotline.Domain.Cases;

/// <summary>
/// Who answers for an organisation at one instant. <see cref="Primary"/> or <see cref="Backup"/> is
/// null when nobody fills that slot (no shift, or the person on it is off duty); the escalation then
/// skips the slot at once rather than waiting for a page nobody receives. <see cref="Coordinators"/> is
/// the last tier: every coordinator of the organisation plus everyone on duty in it, ordered by id.
/// </summary>
public sealed record OnCall(Responder? Primary, Responder? Backup, IReadOnlyList<Responder> Coordinators)
{
    /// <summary>Nobody at all: no shift and no coordinator. The host must raise a visible alarm.</summary>
    public static OnCall Nobody { get; } = new(null, null, []);

    /// <summary>True when a primary or a backup is on shift and on duty.</summary>
    public bool HasSomeoneOnShift => Primary is not null || Backup is not null;
}
