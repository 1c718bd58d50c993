namespace Hotline.Server.Cases;

/// <summary>Runs the escalation check on this node as soon as a case opens here (the first page of an urgent case
/// must not wait for a timer); the clustered Quartz tick covers the timeouts and other nodes' cases.</summary>
public sealed class ImmediatePager(EscalationSignal signal, EscalationService escalation, ILogger<ImmediatePager> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(stoppingToken);
                await escalation.RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception ex)
            {
                logger.LogError("Immediate paging failed: {ExceptionType} {ExceptionMessage}", ex.GetType().Name, ex.Message);
            }
        }
    }
}
