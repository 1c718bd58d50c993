using System.Threading.Channels;

namespace Hotline.Server.Cases;

/// <summary>Lets the node that just opened a case page at once instead of waiting for the next clustered tick.</summary>
public sealed class EscalationSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken ct) => await _channel.Reader.ReadAsync(ct);
}
