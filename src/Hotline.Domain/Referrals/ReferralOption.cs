namespace Hotline.Domain.Referrals;

/// <summary>How sure the directory is that a service reaches the person's province.</summary>
public enum Coverage
{
    /// <summary>The source places the service in this province.</summary>
    InProvince,

    /// <summary>The service is listed for the whole country.</summary>
    Nationwide,

    /// <summary>The source does not say where the service works: the reply should suggest asking.</summary>
    NotStated,

    /// <summary>Only listed elsewhere; offered when nothing nearer serves the person.</summary>
    OtherProvince,
}

/// <summary>
/// One service offered in an answer. <see cref="AddedForMen"/> marks the option put in so the list
/// has something open to adult men (the documents say services for men are the scarcest).
/// </summary>
public sealed record ReferralOption(ReferralService Service, Coverage Coverage, bool AddedForMen);
