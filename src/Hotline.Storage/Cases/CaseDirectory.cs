using Hotline.Domain.Cases;

namespace Hotline.Storage.Cases;

/// <summary>Who can take cases right now: organisations with their coverage and escalation policy, responders
/// (with the contact row their pages go to and the language they read), and the shifts around now.</summary>
public sealed record CaseDirectory(
    IReadOnlyList<OrganisationCoverage> Coverage,
    IReadOnlyDictionary<long, EscalationPolicy> Policies,
    IReadOnlyList<Responder> Responders,
    IReadOnlyDictionary<long, long> ResponderContacts,
    IReadOnlyList<Shift> Shifts);

/// <summary>A case whose escalation check is due, with the escalation state stored for it. <paramref name="IsTest"/>: the
/// person is a simulator contact (a test conversation), whose case is shown but pages nobody.</summary>
public sealed record DueCase(
    long Id,
    string Code,
    long? OrganisationId,
    long ContactId,
    CaseKind Kind,
    string? Need,
    string? Province,
    EscalationState State,
    bool IsTest = false);

/// <summary>The person behind an unrouted urgent case, as the intake alarm needs them (never their number).</summary>
public sealed record IntakeContact(long ContactId, string? Language, string? Country, bool OptedOut);
