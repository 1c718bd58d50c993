using Hotline.Storage.Outbox;
using Hotline.Twilio.Rest;

namespace Hotline.Server.Outbox;

/// <summary>Sends through the provider's Messages API (Twilio, or Somleng through Twilio:ApiBaseUrl).</summary>
public sealed class TwilioSmsSender(TwilioRestClient client) : ISmsSender
{
    public async Task<SendResult> SendAsync(ClaimedMessage message, CancellationToken ct)
    {
        var outcome = await client.SendAsync(new OutgoingSms(message.To, message.Body) { From = message.From }, ct);
        return outcome switch
        {
            SendOutcome.Accepted a => new SendResult.Accepted(a.Sid, a.Status),
            // Only status and code are kept: provider messages can quote the phone number ("The 'To' number … is not
            // valid") and the reason is stored in clear and may be logged.
            SendOutcome.RetryLater r => new SendResult.RetryLater(r.ErrorCode, Reason(r.HttpStatus, r.ErrorCode), r.RetryAfter),
            SendOutcome.Uncertain u => new SendResult.Uncertain(Reason(u.HttpStatus, null) + (u.HttpStatus is null ? " (no answer)" : "")),
            SendOutcome.Rejected j => new SendResult.Rejected(j.ErrorCode, Reason(j.HttpStatus, j.ErrorCode), j.IsOptedOut),
            _ => new SendResult.Uncertain("unknown outcome"),
        };
    }

    private static string Reason(int? httpStatus, int? errorCode) =>
        $"provider answered HTTP {(httpStatus?.ToString() ?? "-")}" + (errorCode is null ? "" : $", error {errorCode}");

    /// <summary>Lists what the provider sent to this number since the earlier attempt and matches the body.</summary>
    public async Task<ProviderMatch?> FindEarlierSendAsync(ClaimedMessage message, CancellationToken ct)
    {
        if (message.PreviousSendStartedAt is not { } started) return null; // no earlier attempt reached the wire
        var since = started.AddMinutes(-5); // provider clocks differ a little from ours
        var sent = await client.ListMessagesAsync(message.To, message.From, since, ct);
        var match = sent.FirstOrDefault(m => m.Body == message.Body && (m.DateCreated is null || m.DateCreated >= since));
        return match is null ? null : new ProviderMatch(match.Sid, match.Status ?? "queued");
    }
}
