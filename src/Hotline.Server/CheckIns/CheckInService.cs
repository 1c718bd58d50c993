using Hotline.Server.Outbox;
using Hotline.Storage.CheckIns;

namespace Hotline.Server.CheckIns;

/// <summary>Turns due check-in rounds into outbox messages inside each client's safe window, then sends the one
/// reminder and marks missed rounds. Runs from the clustered Quartz tick; idempotent, so a double firing sends once.</summary>
public sealed class CheckInService(CheckInStore store, CheckInSettings settings, OutboxSignal outboxSignal, TimeProvider time, ILogger<CheckInService> logger)
{
    private const int Batch = 1000;

    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var content = settings.Content;
        var now = time.GetUtcNow();
        var total = 0;
        int sent, claimed;
        do
        {
            (sent, claimed) = await store.SendDueAsync(now, Batch, content.Plans, l => content.Text("opener", l), ct);
            total += sent;
            if (sent > 0) outboxSignal.Notify();
        } while (claimed == Batch && !ct.IsCancellationRequested);
        var (reminded, missed) = await store.FollowUpAsync(now, content.ReminderAfter, content.MissedAfter, l => content.Text("reminder", l), ct);
        if (reminded > 0) outboxSignal.Notify();
        if (total + reminded + missed > 0)
            logger.LogInformation("Check-ins: {Sent} sent, {Reminded} reminded, {Missed} missed", total, reminded, missed);
        return total;
    }
}
