using Hotline.Domain.Conversations;

namespace Hotline.Server.Startup;

/// <summary>Checks for a newly imported agency register at start-up and then every minute (an import on another
/// node reaches this one within that time; an import through this node's API swaps at once).</summary>
public sealed class AgencyRegisterRefresher(IConversationEngine engine, TimeProvider time, ILogger<AgencyRegisterRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (engine is not ContentEngineHost host) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await host.RefreshAgenciesAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception ex) { logger.LogError("Agency register refresh failed: {ExceptionType}", ex.GetType().Name); }
            try { await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }
}
