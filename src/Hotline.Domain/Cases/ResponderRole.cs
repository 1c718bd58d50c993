namespace Hotline.Domain.Cases;

/// <summary>
/// What a staff member may be asked to do. Coordinators are the last tier of every escalation, paged
/// even when they are not on a shift, because they are the people who can find someone else to act.
/// Admins run the system and are never handed cases by round-robin.
/// </summary>
public enum ResponderRole
{
    Responder,
    Coordinator,
    Admin,
}
