namespace Hotline.Twilio.Rest;

/// <summary>Twilio error codes the hotline acts on (twilio.com/docs/api/errors).</summary>
public static class ProviderErrorCodes
{
    /// <summary>Authentication failed (401).</summary>
    public const int AuthenticationFailed = 20003;

    /// <summary>Too many concurrent requests (429); never processed, always safe to retry.</summary>
    public const int TooManyRequests = 20429;

    /// <summary>Invalid 'To' number.</summary>
    public const int InvalidToNumber = 21211;

    /// <summary>Recipient opted out (replied STOP).</summary>
    public const int OptedOut = 21610;

    /// <summary>The sender's queue already holds more than 10 hours of messages; the message was not created.</summary>
    public const int QueueFull = 21611;

    /// <summary>'To' is not a valid mobile number.</summary>
    public const int NotMobileNumber = 21614;
}
