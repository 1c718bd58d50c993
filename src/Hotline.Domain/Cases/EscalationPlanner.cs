using System.Collections.Frozen;

namespace Hotline.Domain.Cases;

/// <summary>
/// The escalation chain as a pure function: primary → (no ACK within the timeout) backup → (no ACK)
/// coordinators → again from the primary, for <see cref="EscalationPolicy.RepeatLimit"/> rounds → exhausted.
/// </summary>
/// <remarks>
/// <para>The decision depends only on its inputs, so a timer that fires twice (cluster fail-over can do
/// that) computes the same step twice; the host stores (case, step) uniquely and pages once. A firing
/// that comes before the tier's time is up gets <see cref="EscalationOutcome.Wait"/> and pages nobody.</para>
/// <para>A tier with nobody to page (no backup on shift, or only people who already have this round's
/// page) is skipped at once: waiting out a timeout for a page that was never sent would only delay the
/// next person. If a whole round has nobody, the chain goes straight on, and ends as exhausted when no
/// round can page anyone — the one outcome the host must make loud.</para>
/// </remarks>
public sealed class EscalationPlanner
{
    private const int TiersPerRound = 3;

    private readonly EscalationPolicy _policy;

    public EscalationPlanner(EscalationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var problems = policy.Validate();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(policy));
        _policy = policy;
    }

    public EscalationPolicy Policy => _policy;

    /// <summary>The step number of the exhausted alarm: one past the last page the policy allows.</summary>
    public int ExhaustedStep => TiersPerRound * _policy.RepeatLimit + 1;

    /// <summary>What to do for a case in <paramref name="state"/>, given who is on call at <paramref name="now"/>.</summary>
    public EscalationDecision Next(EscalationState state, OnCall onCall, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(onCall);

        if (state.Acknowledged)
        {
            return new EscalationDecision(EscalationOutcome.Stopped, state.Step, state.Round, null, [], null);
        }

        if (state.Step >= ExhaustedStep)
        {
            return Exhausted();
        }

        if (state.Step > 0 && state.LastPagedAt is { } pagedAt && now < pagedAt + _policy.AckTimeout)
        {
            return new EscalationDecision(
                EscalationOutcome.Wait, state.Step, state.Round, TierOf(state.Step), [], pagedAt + _policy.AckTimeout);
        }

        for (var step = state.Step + 1; step < ExhaustedStep; step++)
        {
            var round = RoundOf(step);
            var alreadyPaged = round == state.Round ? state.AlreadyPaged : EmptySet;
            var targets = Targets(TierOf(step), onCall)
                .Where(id => !alreadyPaged.Contains(id))
                .Distinct()
                .ToList();
            if (targets.Count > 0)
            {
                return new EscalationDecision(EscalationOutcome.Page, step, round, TierOf(step), targets, now + _policy.AckTimeout);
            }
        }

        return Exhausted();
    }

    /// <summary>The tier that step <paramref name="step"/> (1-based) pages.</summary>
    public static EscalationTier TierOf(int step) => (EscalationTier)((Math.Max(step, 1) - 1) % TiersPerRound);

    /// <summary>The round (1-based) that step <paramref name="step"/> belongs to.</summary>
    public static int RoundOf(int step) => (Math.Max(step, 1) - 1) / TiersPerRound + 1;

    private EscalationDecision Exhausted() =>
        new(EscalationOutcome.Exhausted, ExhaustedStep, _policy.RepeatLimit + 1, null, [], null);

    private static readonly IReadOnlySet<long> EmptySet = FrozenSet<long>.Empty;

    private static IEnumerable<long> Targets(EscalationTier tier, OnCall onCall) => tier switch
    {
        EscalationTier.Primary => onCall.Primary is { } p ? [p.Id] : [],
        EscalationTier.Backup => onCall.Backup is { } b ? [b.Id] : [],
        _ => onCall.Coordinators.Select(c => c.Id),
    };
}
