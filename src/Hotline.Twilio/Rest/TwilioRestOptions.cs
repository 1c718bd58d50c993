namespace Hotline.Twilio.Rest;

/// <summary>
/// How to reach the provider's Messages API. <see cref="ApiBaseUrl"/> is configurable so the same
/// client talks to Somleng (the open-source Twilio-compatible platform used in Cambodia) or to a
/// fake provider in tests. When an API key is set it is used for Basic auth (Twilio's advice for
/// production); the URL path always carries the Account SID either way.
/// </summary>
public sealed record TwilioRestOptions
{
    public const string DefaultApiBaseUrl = "https://api.twilio.com";

    public required string AccountSid { get; init; }
    public required string AuthToken { get; init; }
    public string? ApiKeySid { get; init; }
    public string? ApiKeySecret { get; init; }
    public string ApiBaseUrl { get; init; } = DefaultApiBaseUrl;

    /// <summary>Our sender (number or channel address); used when a message names none.</summary>
    public string? From { get; init; }

    /// <summary>Used instead of <see cref="From"/> when set: the service picks the sender from its pool.</summary>
    public string? MessagingServiceSid { get; init; }

    public string? StatusCallbackUrl { get; init; }

    /// <summary>
    /// Seconds a message may wait in the provider's queue (1–36000). A hotline reply delivered hours
    /// late does more harm than good, so set this rather than rely on Twilio's 10-hour default.
    /// </summary>
    public int? ValidityPeriodSeconds { get; init; }
}
