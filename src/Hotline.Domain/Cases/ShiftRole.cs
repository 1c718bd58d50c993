namespace Hotline.Domain.Cases;

/// <summary>
/// Which slot of an organisation's rota a shift fills. The primary is paged first; the backup only
/// when the primary has not acknowledged in time, so that one missed phone never leaves a person in
/// danger without an answer.
/// </summary>
public enum ShiftRole
{
    Primary,
    Backup,
}
