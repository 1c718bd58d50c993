namespace Hotline.Twilio.Rest;

/// <summary>
/// One message to send. <see cref="To"/> may be a channel address (<c>whatsapp:+855…</c>).
/// <see cref="From"/> and <see cref="StatusCallbackUrl"/> override the options, e.g. to answer
/// from the number the person wrote to.
/// </summary>
public sealed record OutgoingSms(string To, string Body)
{
    public string? From { get; init; }
    public string? StatusCallbackUrl { get; init; }
}
