namespace Hotline.Server.Outbox;

/// <summary>What one send attempt came to, as the dispatcher needs to know it.</summary>
public abstract record SendResult
{
    /// <summary>The provider has the message: never send it again.</summary>
    public sealed record Accepted(string ProviderSid, string Status) : SendResult;

    /// <summary>Not processed by the provider (429, connection refused): safe to send again later.</summary>
    public sealed record RetryLater(int? ErrorCode, string Reason, TimeSpan? RetryAfter) : SendResult;

    /// <summary>The provider may or may not have created it (5xx, timeout): look before sending again.</summary>
    public sealed record Uncertain(string Reason) : SendResult;

    /// <summary>Final: invalid number, opted out, not allowed.</summary>
    public sealed record Rejected(int? ErrorCode, string Reason, bool OptedOut) : SendResult;
}
