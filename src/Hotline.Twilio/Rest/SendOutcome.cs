namespace Hotline.Twilio.Rest;

/// <summary>
/// What a send attempt means for the outbox. The four cases differ in the one thing the
/// dispatcher must decide — may it send again, and when: the Messages API has no idempotency key,
/// so a retry after an ambiguous failure can deliver the same text twice.
/// </summary>
public abstract record SendOutcome
{
    private SendOutcome()
    {
    }

    /// <summary>The provider created the message (HTTP 201). <see cref="Status"/> is the wire name, e.g. <c>queued</c>.</summary>
    public sealed record Accepted(string Sid, string Status, int? NumSegments) : SendOutcome;

    /// <summary>
    /// The message was certainly not created: 429/20429 (Twilio: "never processed and always safe
    /// to retry"), 21611 (sender queue full), or a connection that failed before the request was sent.
    /// Safe to send again after a delay.
    /// </summary>
    public sealed record RetryLater(int? HttpStatus, int? ErrorCode, string Message, TimeSpan? RetryAfter) : SendOutcome;

    /// <summary>
    /// The request may have been processed: a 5xx, a timeout or a broken connection after sending.
    /// Look for the message (<see cref="TwilioRestClient.ListMessagesAsync"/>) before sending again.
    /// </summary>
    public sealed record Uncertain(int? HttpStatus, string Message) : SendOutcome;

    /// <summary>The provider refused the message (4xx); sending it again unchanged will fail again.</summary>
    public sealed record Rejected(int HttpStatus, int? ErrorCode, string Message) : SendOutcome
    {
        /// <summary>Error 21610: the recipient replied STOP. Never resend until they opt back in.</summary>
        public bool IsOptedOut => ErrorCode == ProviderErrorCodes.OptedOut;
    }
}
