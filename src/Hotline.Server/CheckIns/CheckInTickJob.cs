using Quartz;

namespace Hotline.Server.CheckIns;

/// <summary>The clustered timer for check-ins: exactly one node runs each tick.</summary>
[DisallowConcurrentExecution]
public sealed class CheckInTickJob(CheckInService checkIns) : IJob
{
    public static readonly JobKey Key = new("checkin-tick", "hotline");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await checkIns.RunDueAsync(cancellationToken);
}
