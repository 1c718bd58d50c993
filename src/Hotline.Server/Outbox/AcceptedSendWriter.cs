using System.Threading.Channels;
using Hotline.Storage.Outbox;

namespace Hotline.Server.Outbox;

/// <summary>
/// Records provider acceptances a batch at a time (group commit): every send in flight hands its result here and
/// waits until it is stored; whatever arrived meanwhile is written by one statement and one commit. Under load that
/// turns one commit per outgoing message into one per batch; alone, a result is written at once.
///
/// Nothing changes for the double-send guard: until its result is stored a row stays "dispatching" under its lease,
/// exactly as while the provider call was running (see <see cref="OutboxDispatcher"/>).
/// </summary>
public sealed class AcceptedSendWriter(OutboxStore store, TimeProvider time, ILogger<AcceptedSendWriter> logger)
{
    private const int MaxBatch = 256;
    private readonly Channel<(AcceptedSend Send, TaskCompletionSource Done)> _queue =
        Channel.CreateUnbounded<(AcceptedSend, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Completes when the acceptance is stored; throws if storing it failed.</summary>
    public Task RecordAsync(AcceptedSend send)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite((send, done))) done.SetException(new InvalidOperationException("the writer has stopped"));
        return done.Task;
    }

    /// <summary>Runs until <paramref name="stoppingToken"/> fires, then writes what is still queued.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var pending = new List<(AcceptedSend Send, TaskCompletionSource Done)>(MaxBatch);
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
                await WriteAvailableAsync(reader, pending);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        _queue.Writer.TryComplete();
        await WriteAvailableAsync(reader, pending);
    }

    private async Task WriteAvailableAsync(ChannelReader<(AcceptedSend Send, TaskCompletionSource Done)> reader,
        List<(AcceptedSend Send, TaskCompletionSource Done)> pending)
    {
        while (true)
        {
            pending.Clear();
            while (pending.Count < MaxBatch && reader.TryRead(out var item)) pending.Add(item);
            if (pending.Count == 0) return;
            try
            {
                await store.MarkAcceptedAsync(pending.Select(p => p.Send).ToList(), time.GetUtcNow(), CancellationToken.None);
                foreach (var p in pending) p.Done.SetResult();
            }
            catch (Exception ex)
            {
                // The rows stay "dispatching": when their lease ends they are looked up at the provider, never blindly resent.
                logger.LogError("Recording {Count} provider acceptances failed: {ExceptionType}", pending.Count, ex.GetType().Name);
                foreach (var p in pending) p.Done.SetException(ex);
            }
        }
    }
}
