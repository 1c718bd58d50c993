namespace Hotline.Twilio.Webhooks;

/// <summary>
/// One <c>&lt;Message&gt;</c> verb. <see cref="To"/> and <see cref="From"/> default, on the provider
/// side, to the inbound sender and our number. Twilio recommends setting <see cref="Action"/> and
/// <see cref="StatusCallback"/> to the same URL, because older account configurations honour only one.
/// </summary>
public sealed record TwimlMessage(string Body)
{
    public string? To { get; init; }
    public string? From { get; init; }
    public string? Action { get; init; }
    public string? Method { get; init; }
    public string? StatusCallback { get; init; }

    /// <summary>Media URLs (at most 10 per message on Twilio). With media the text goes in a nested <c>&lt;Body&gt;</c>.</summary>
    public IReadOnlyList<string> MediaUrls { get; init; } = [];
}
