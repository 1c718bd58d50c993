using System.Threading.RateLimiting;
using Hotline.Server.Options;
using Microsoft.Extensions.Options;

namespace Hotline.Server.Outbox;

/// <summary>A token bucket per sending address: the provider queues what it cannot send at once, but a flood of
/// requests earns 429s and long queues, and stale hotline replies are worse than slow ones.</summary>
public sealed class SenderRateLimiter : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SenderRateLimiter(IOptions<HotlineOptions> options)
    {
        var rate = options.Value.Outbox.MessagesPerSecond;
        // Replenish in 100 ms steps when the rate allows it, so the timer is not asked for sub-millisecond ticks.
        var (tokens, period) = rate >= 10
            ? ((int)Math.Ceiling(rate / 10), TimeSpan.FromMilliseconds(100))
            : (1, TimeSpan.FromSeconds(1 / rate));
        _limiter = PartitionedRateLimiter.Create<string, string>(sender => RateLimitPartition.GetTokenBucketLimiter(sender, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, tokens),
                TokensPerPeriod = Math.Max(1, tokens),
                ReplenishmentPeriod = period,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            }));
    }

    /// <returns>True when the caller had to wait for its turn (then what it claimed may have changed meanwhile).</returns>
    public async ValueTask<bool> WaitAsync(string sender, CancellationToken ct)
    {
        using (var immediate = _limiter.AttemptAcquire(sender, 1))
            if (immediate.IsAcquired) return false;
        using var lease = await _limiter.AcquireAsync(sender, 1, ct);
        return true;
    }

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();
}
