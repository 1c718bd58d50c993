namespace Hotline.Domain.Cases;

/// <summary>
/// The planner's answer: what to do now (<see cref="Outcome"/>), who to page (<see cref="Page"/>,
/// responder ids, empty unless paging), the chain step and round this decision belongs to, the tier
/// paged, and when the host must ask again (<see cref="DueAt"/>, null once the chain has ended).
/// </summary>
public sealed record EscalationDecision(
    EscalationOutcome Outcome,
    int Step,
    int Round,
    EscalationTier? Tier,
    IReadOnlyList<long> Page,
    DateTimeOffset? DueAt);
