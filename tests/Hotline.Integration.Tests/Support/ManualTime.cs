namespace Hotline.Integration.Tests.Support;

/// <summary>A clock the test moves by hand, for acknowledgement timeouts and escalation steps.</summary>
public sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
