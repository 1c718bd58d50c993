using Hotline.Domain.Conversations;

namespace Hotline.Server.Outbox;

/// <summary>Chooses the sender for a channel: the simulator for simulator contacts, and for everyone when no
/// provider credentials are configured; the provider otherwise.</summary>
public sealed class ChannelRouter(SimulatorSmsSender simulator, ISmsSender? provider)
{
    public bool ProviderConfigured => provider is not null;

    public ISmsSender For(Channel channel) =>
        channel == Channel.Simulator || provider is null ? simulator : provider;
}
