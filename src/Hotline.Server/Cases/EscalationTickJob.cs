using Quartz;

namespace Hotline.Server.Cases;

/// <summary>
/// The clustered timer behind acknowledgement timeouts: Quartz's PostgreSQL store makes exactly one node fire each
/// tick, and a node that dies is replaced by another after Quartz's fail-over. The work itself is idempotent
/// (see <see cref="EscalationService"/>), so a tick that fires twice after a recovery pages once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class EscalationTickJob(EscalationService escalation) : IJob
{
    public static readonly JobKey Key = new("escalation-tick", "hotline");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await escalation.RunDueAsync(cancellationToken);
}
