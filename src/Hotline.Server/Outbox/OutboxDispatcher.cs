using Hotline.Server.Options;
using Hotline.Storage.Outbox;
using Microsoft.Extensions.Options;

namespace Hotline.Server.Outbox;

/// <summary>
/// Sends what the outbox holds. Claims due rows with FOR UPDATE SKIP LOCKED (any number of nodes can run this),
/// sends each through its channel within the per-sender rate, records the provider id, retries what is retryable
/// with capped, jittered exponential backoff, and fails clearly what is not.
///
/// Double-send guard: a row is marked "dispatching" (committed) before the provider is called. If the node dies
/// after the provider accepted the message but before we stored its id, the lease expires, the row returns to
/// pending with needs_lookup, and the next attempt first lists the provider's messages to that number since the
/// earlier attempt: a match is recorded and not sent again. The remaining window: the provider accepted the message
/// but does not yet list it (or the look-up itself fails); then we resend and mark the row duplicate_suspected.
/// </summary>
public sealed class OutboxDispatcher(
    OutboxStore store,
    ChannelRouter router,
    SenderRateLimiter rateLimiter,
    OutboxSignal signal,
    AcceptedSendWriter acceptances,
    IOptions<HotlineOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value.Outbox;
    private DateTimeOffset _nextRecovery = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Sends run concurrently, each waiting for its sender's rate, so one slow sender does not hold up the
        // others. In-flight rows are capped so that none waits under the rate limit longer than half its lease.
        var maxInFlight = (int)Math.Clamp(_options.MessagesPerSecond * _options.LeaseSeconds / 2, 1, 64);
        using var slots = new SemaphoreSlim(maxInFlight, maxInFlight);
        using var stopWriter = new CancellationTokenSource();
        var writer = acceptances.RunAsync(stopWriter.Token);
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await slots.WaitAsync(stoppingToken);
                var free = slots.CurrentCount + 1;
                var claimed = await ClaimAsync(Math.Min(free, _options.BatchSize), stoppingToken);
                slots.Release();
                if (claimed.Count == 0)
                {
                    await signal.WaitAsync(TimeSpan.FromMilliseconds(_options.PollMilliseconds), stoppingToken);
                    continue;
                }
                foreach (var message in claimed)
                {
                    await slots.WaitAsync(stoppingToken);
                    running.Add(Task.Run(async () =>
                    {
                        try { await DispatchAsync(message, stoppingToken); }
                        catch (Exception ex) when (ex is not OperationCanceledException)
                        {
                            logger.LogError("Dispatch of message {MessageId} failed: {ExceptionType}", message.Id, ex.GetType().Name);
                        }
                        finally { slots.Release(); signal.Notify(); }
                    }, CancellationToken.None));
                }
                running.RemoveAll(t => t.IsCompleted);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError("Outbox dispatch round failed: {ExceptionType} {ExceptionMessage}", ex.GetType().Name, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
        await Task.WhenAll(running).ContinueWith(_ => { }, CancellationToken.None);
        await stopWriter.CancelAsync();
        await writer;
    }

    /// <summary>Recovers expired leases now and then, and claims up to <paramref name="max"/> due rows.</summary>
    private async Task<IReadOnlyList<ClaimedMessage>> ClaimAsync(int max, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (now >= _nextRecovery)
        {
            var recovered = await store.RecoverExpiredLeasesAsync(now, ct);
            if (recovered > 0) logger.LogWarning("{Count} outbound messages had an expired lease (a node stopped mid-send); they will be looked up before any resend", recovered);
            _nextRecovery = now.AddSeconds(Math.Max(1, _options.LeaseSeconds / 4.0));
        }
        return await store.ClaimAsync(now, max, TimeSpan.FromSeconds(_options.LeaseSeconds), ct);
    }

    private async Task DispatchAsync(ClaimedMessage message, CancellationToken ct)
    {
        if (message.ContactOptedOut)
        {
            await store.MarkCancelledAsync(message.Id, "opted_out", time.GetUtcNow(), ct);
            return;
        }

        var sender = router.For(message.Channel);
        var duplicateSuspected = false;
        if (message.NeedsLookup)
        {
            ProviderMatch? match;
            try { match = await sender.FindEarlierSendAsync(message, ct); }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Look-up of an uncertain send of message {MessageId} failed ({ExceptionType}); will try again", message.Id, ex.GetType().Name);
                await store.MarkRetryAsync(message.Id, time.GetUtcNow() + Backoff(message.Attempts), null, "look-up failed", needsLookup: true, time.GetUtcNow(), ct);
                return;
            }
            if (match is not null)
            {
                logger.LogWarning("Message {MessageId} had already reached the provider as {ProviderSid}; not sent again", message.Id, match.ProviderSid);
                await acceptances.RecordAsync(new AcceptedSend(message.Id, match.ProviderSid, match.Status, StatusRanks.Of(match.Status) ?? 2, false));
                return;
            }
            duplicateSuspected = true;
        }

        // The claim checked the contact a moment ago; after a wait for the sender's rate, check again (STOP or the
        // quick exit may have arrived meanwhile).
        var waited = await rateLimiter.WaitAsync(message.From ?? "default", ct);
        if (waited && !await store.StillDueAsync(message.Id, ct))
        {
            await store.MarkCancelledAsync(message.Id, "cancelled or opted out while waiting", time.GetUtcNow(), ct);
            return;
        }
        SendResult result;
        try { result = await sender.SendAsync(message, ct); }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            result = new SendResult.Uncertain($"{ex.GetType().Name} while sending");
        }

        var now = time.GetUtcNow();
        switch (result)
        {
            case SendResult.Accepted a:
                await acceptances.RecordAsync(new AcceptedSend(message.Id, a.ProviderSid, a.Status, StatusRanks.Of(a.Status) ?? 2, duplicateSuspected));
                if (duplicateSuspected)
                    logger.LogWarning("Message {MessageId} was resent after an uncertain attempt that the provider did not list: a duplicate is possible", message.Id);
                break;
            case SendResult.Rejected r:
                logger.LogWarning("Message {MessageId} rejected by the provider: error {ErrorCode}", message.Id, r.ErrorCode);
                await store.MarkFailedAsync(message.Id, message.ContactId, r.ErrorCode, r.Reason, r.OptedOut, now, ct);
                break;
            case SendResult.RetryLater or SendResult.Uncertain when message.Attempts >= _options.MaxAttempts:
                logger.LogError("Message {MessageId} failed after {Attempts} attempts", message.Id, message.Attempts);
                await store.MarkFailedAsync(message.Id, message.ContactId, (result as SendResult.RetryLater)?.ErrorCode, $"gave up after {message.Attempts} attempts: {Describe(result)}", false, now, ct);
                break;
            case SendResult.RetryLater l:
                var delay = l.RetryAfter is { } after && after > Backoff(message.Attempts) ? after : Backoff(message.Attempts);
                await store.MarkRetryAsync(message.Id, now + delay, l.ErrorCode, l.Reason, needsLookup: false, now, ct);
                break;
            case SendResult.Uncertain u:
                await store.MarkRetryAsync(message.Id, now + Backoff(message.Attempts), null, u.Reason, needsLookup: true, now, ct);
                break;
        }
    }

    private static string Describe(SendResult result) => result switch
    {
        SendResult.RetryLater l => l.Reason,
        SendResult.Uncertain u => u.Reason,
        _ => result.GetType().Name,
    };

    /// <summary>The provider client's full-jitter capped backoff, with a floor of a quarter of the base delay so
    /// a row is never retried in a hot loop. <paramref name="attempt"/> counts attempts made (1 after the first).</summary>
    private TimeSpan Backoff(int attempt)
    {
        var baseDelay = TimeSpan.FromSeconds(_options.BaseBackoffSeconds);
        var delay = Hotline.Twilio.Rest.Backoff.Delay(attempt - 1, baseDelay, TimeSpan.FromSeconds(_options.MaxBackoffSeconds), Random.Shared);
        return delay < baseDelay / 4 ? baseDelay / 4 : delay;
    }
}
