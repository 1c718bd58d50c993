using Hotline.Twilio.Rest;

namespace Hotline.Twilio.Tests.Rest;

public sealed class BackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(3);

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 200)]
    [InlineData(3, 800)]
    [InlineData(5, 3000)]
    [InlineData(40, 3000)]
    public void Delay_stays_below_the_capped_exponential_ceiling(int attempt, int ceilingMs)
    {
        var random = new Random(42);

        var delays = Enumerable.Range(0, 1000).Select(_ => Backoff.Delay(attempt, Base, Cap, random)).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromMilliseconds(ceilingMs)));
        Assert.True(delays.Max() > TimeSpan.FromMilliseconds(ceilingMs * 0.9), "full jitter should reach close to the ceiling");
        Assert.True(delays.Min() < TimeSpan.FromMilliseconds(ceilingMs * 0.1), "full jitter should reach close to zero");
    }

    [Fact]
    public void Negative_attempt_counts_as_the_first()
    {
        var delay = Backoff.Delay(-3, Base, Cap, new Random(1));

        Assert.InRange(delay, TimeSpan.Zero, Base);
    }

    [Fact]
    public void Same_seed_gives_the_same_delays()
    {
        Assert.Equal(Backoff.Delay(4, Base, Cap, new Random(7)), Backoff.Delay(4, Base, Cap, new Random(7)));
    }
}
