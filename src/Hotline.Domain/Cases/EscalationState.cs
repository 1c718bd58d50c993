using System.Collections.Frozen;

namespace Hotline.Domain.Cases;

/// <summary>
/// Where a case's escalation stands, as the host stores it. <see cref="Step"/> numbers pages through the
/// whole chain (1 = round 1 primary, 2 = round 1 backup, 3 = round 1 coordinators, 4 = round 2 primary…;
/// 0 = nothing paged yet), so (case, step) is unique and a duplicate timer firing cannot page twice.
/// <see cref="AlreadyPaged"/> holds who was paged in the current round: a person who already has this
/// round's page (a primary who is also a coordinator) is not paged again until the next round.
/// </summary>
public sealed record EscalationState(
    int Step,
    int Round,
    DateTimeOffset? LastPagedAt,
    bool Acknowledged,
    IReadOnlySet<long> AlreadyPaged)
{
    /// <summary>A new case: nothing paged, nobody acknowledged.</summary>
    public static EscalationState Start { get; } = new(0, 0, null, false, FrozenSet<long>.Empty);

    /// <summary>The state the host stores after carrying out <paramref name="decision"/> at <paramref name="now"/>.</summary>
    public EscalationState After(EscalationDecision decision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Outcome switch
        {
            EscalationOutcome.Page => this with
            {
                Step = decision.Step,
                Round = decision.Round,
                LastPagedAt = now,
                AlreadyPaged = decision.Round == Round
                    ? AlreadyPaged.Union(decision.Page).ToHashSet()
                    : decision.Page.ToHashSet(),
            },
            EscalationOutcome.Exhausted => this with { Step = decision.Step, Round = decision.Round },
            _ => this,
        };
    }

    /// <summary>Someone took the case: the chain stops at the next check.</summary>
    public EscalationState AfterAcknowledgement() => this with { Acknowledged = true };

    /// <summary>
    /// The paged responder declined (PASS): the current tier's wait is over, so the next check pages the
    /// next tier at once instead of letting the person in need wait out the timeout.
    /// </summary>
    public EscalationState AfterPass() => this with { LastPagedAt = null };
}
