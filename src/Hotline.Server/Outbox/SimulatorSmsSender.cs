using Hotline.Storage.Outbox;

namespace Hotline.Server.Outbox;

/// <summary>The simulator channel: a message is "delivered" the moment it leaves the outbox; the simulator page and
/// the chat command read it from the transcript.</summary>
public sealed class SimulatorSmsSender : ISmsSender
{
    public Task<SendResult> SendAsync(ClaimedMessage message, CancellationToken ct) =>
        Task.FromResult<SendResult>(new SendResult.Accepted("SIM" + Guid.NewGuid().ToString("N"), "delivered"));

    // The simulator cannot have accepted a message without the dispatcher recording it in the same step.
    public Task<ProviderMatch?> FindEarlierSendAsync(ClaimedMessage message, CancellationToken ct) => Task.FromResult<ProviderMatch?>(null);
}
