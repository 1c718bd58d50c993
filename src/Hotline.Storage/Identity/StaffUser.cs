namespace Hotline.Storage.Identity;

/// <summary>What a staff account may do. Responders work cases; coordinators also manage the rota and
/// responders; admins also manage staff accounts.</summary>
public static class StaffRoles
{
    public const string Responder = "responder";
    public const string Coordinator = "coordinator";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Responder, Coordinator, Admin];
}

/// <summary>A signed-in member of staff, as a console request sees them.</summary>
public sealed record StaffUser(long Id, long OrganisationId, string Email, string DisplayName, string Role, long? ResponderId)
{
    /// <summary>The audit log's actor for this person (ids only, never the email).</summary>
    public string Actor => "staff:" + Id;

    /// <summary>Coordinators and admins manage the rota, the responders and any enrolment of the organisation.</summary>
    public bool IsManager => Role is StaffRoles.Coordinator or StaffRoles.Admin;
}

/// <summary>An account as the sign-in sees it: the credentials and the throttling state.</summary>
public sealed record StaffCredentials(long Id, long OrganisationId, byte[] PasswordHash, byte[] TotpSecretEnc, long TotpLastStep,
    DateTime? LockedUntil, DateTime? DisabledAt);

/// <summary>A new account's one-time secrets, shown once by the CLI.</summary>
public sealed record CreatedStaffUser(long Id, long OrganisationId, bool OrganisationCreated, string Password, byte[] TotpSecret);

/// <summary>One sign-in attempt, counted before it is evaluated, with the delay the account had before it.</summary>
public sealed record AttemptClaim(long StaffUserId, DateTime? PreviousDelay);
