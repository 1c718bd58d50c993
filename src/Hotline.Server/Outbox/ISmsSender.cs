using Hotline.Storage.Outbox;

namespace Hotline.Server.Outbox;

/// <summary>Hands one message to a channel: the provider's REST API, or the simulator.</summary>
public interface ISmsSender
{
    Task<SendResult> SendAsync(ClaimedMessage message, CancellationToken ct);

    /// <summary>After an uncertain attempt: the provider's id for this message if the provider already has it.</summary>
    Task<ProviderMatch?> FindEarlierSendAsync(ClaimedMessage message, CancellationToken ct);
}

public sealed record ProviderMatch(string ProviderSid, string Status);
