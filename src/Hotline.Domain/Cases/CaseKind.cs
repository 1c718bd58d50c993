namespace Hotline.Domain.Cases;

/// <summary>
/// Urgent cases (danger now) are paged to the on-call chain at once; help requests (a returnee's need)
/// are handed out by round-robin and answered in working time.
/// </summary>
public enum CaseKind
{
    Urgent,
    Help,
}
