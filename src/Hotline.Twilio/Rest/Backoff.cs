namespace Hotline.Twilio.Rest;

/// <summary>
/// "Full jitter" capped exponential backoff: a uniformly random delay in
/// [0, min(cap, base × 2^attempt)). The randomness spreads retries from many nodes hitting the
/// same 429 so they do not return in lock-step; the same policy as the official SDK's auto-retry.
/// </summary>
public static class Backoff
{
    /// <param name="attempt">0 for the first retry; negative values count as 0.</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan cap, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (baseDelay <= TimeSpan.Zero || cap <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        // Past 2^30 the product exceeds any sensible cap; clamping avoids overflow.
        var exponent = Math.Clamp(attempt, 0, 30);
        var ceilingTicks = Math.Min(cap.Ticks, baseDelay.Ticks * Math.Pow(2, exponent));
        return TimeSpan.FromTicks((long)(random.NextDouble() * ceilingTicks));
    }
}
