using System.Text.RegularExpressions;
using Hotline.Domain.Conversations;
using Hotline.Server.Pipeline;
using Hotline.Storage.Conversations;
using Hotline.Domain.Language.Recognisers;

namespace Hotline.Server.Simulator;

/// <summary>A pretend phone: messages typed in the simulator go through exactly the same pipeline as SMS, on the
/// simulator channel, and its replies are read back from the transcript.</summary>
public sealed partial class SimulatorService(InboundPipeline pipeline, TranscriptStore transcripts, Outbox.ChannelRouter router,
    IHostEnvironment environment, TimeProvider time)
{
    public const int MaxBodyLength = 10_000;

    public static string? ValidateNumber(string? number) =>
        number is not null && NumberPattern().IsMatch(number) ? null : "Pick a phone number in international form, e.g. +85512345678.";

    /// <summary>
    /// In Development with no provider configured the simulator stands in for SMS itself: a number typed here is the
    /// same contact as that number texting in (so a registered responder can take pages and answer them from the
    /// simulator), and everything "sent" to SMS numbers lands in the simulator. Everywhere else simulator numbers are a
    /// channel of their own: the simulator sees and creates only simulator contacts (never a real person's
    /// conversation or a responder's pages), nothing typed here reaches a real phone, and its cases page nobody.
    /// Outside Development the service does not start without a provider, so this is the second lock, not the first.
    /// </summary>
    public Channel Channel => !router.ProviderConfigured && environment.IsDevelopment() ? Channel.Sms : Channel.Simulator;

    public async Task<InboundOutcome> SendAsync(string number, string body, CancellationToken ct)
    {
        var envelope = new InboundEnvelope(Channel, number, PhoneRecogniser.CountryOf(number), "simulator",
            "SIM" + Guid.NewGuid().ToString("N"), body, time.GetUtcNow());
        return await pipeline.ProcessAsync(envelope, ct);
    }

    public Task<IReadOnlyList<TranscriptLine>> TranscriptAsync(string number, long afterId, CancellationToken ct) =>
        transcripts.ForAddressAsync(Channel, number, afterId, 200, ct);

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex NumberPattern();
}
