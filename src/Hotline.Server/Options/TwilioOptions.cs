using System.ComponentModel.DataAnnotations;

namespace Hotline.Server.Options;

/// <summary>The "Twilio" section: a Twilio account, or any Twilio-compatible provider (Somleng) through ApiBaseUrl.</summary>
public sealed class TwilioOptions
{
    public const string Section = "Twilio";

    public string? AccountSid { get; set; }

    /// <summary>Validates webhook signatures; also the REST password when no API key is set.</summary>
    public string? AuthToken { get; set; }

    /// <summary>Optional second token accepted for webhook signatures while rotating tokens.</summary>
    public string? SecondaryAuthToken { get; set; }

    public string? ApiKeySid { get; set; }
    public string? ApiKeySecret { get; set; }
    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>Default sending address when a reply has no "to" address of its own (pages, check-ins).</summary>
    public string? From { get; set; }

    public string? MessagingServiceSid { get; set; }

    /// <summary>Seconds a message may wait in the provider's queue before it is dropped (stale replies are worse than none).</summary>
    [Range(1, 36000)] // the provider's own limits for ValidityPeriod
    public int? ValidityPeriodSeconds { get; set; } = 3600;

    public bool HasCredentials => !string.IsNullOrWhiteSpace(AccountSid) && !string.IsNullOrWhiteSpace(AuthToken);
}
