using Microsoft.Extensions.Options;

namespace Hotline.Server.Options;

/// <summary>
/// Outside Development the provider is the only channel: without its credentials the service would start with the
/// simulator standing in for SMS, open to anyone who finds /simulator (a real person's conversation, a responder's
/// page code). So the service refuses to start instead, naming every setting that is missing.
/// </summary>
public sealed class TwilioOptionsValidator(IHostEnvironment environment) : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        var errors = new List<string>();
        if (!environment.IsDevelopment())
        {
            var missing = new List<string>();
            if (string.IsNullOrWhiteSpace(options.AccountSid)) missing.Add("Twilio:AccountSid");
            if (string.IsNullOrWhiteSpace(options.AuthToken)) missing.Add("Twilio:AuthToken");
            if (string.IsNullOrWhiteSpace(options.From) && string.IsNullOrWhiteSpace(options.MessagingServiceSid)) missing.Add("Twilio:From (or Twilio:MessagingServiceSid)");
            if (missing.Count > 0)
                errors.Add($"Provider credentials are required outside Development; missing: {string.Join(", ", missing)}. " +
                    "The simulator is never the SMS channel in production (docs/security.md).");
        }
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
            errors.Add("Twilio:ApiBaseUrl must be an absolute http(s) URL such as https://api.twilio.com.");
        if (string.IsNullOrWhiteSpace(options.ApiKeySid) != string.IsNullOrWhiteSpace(options.ApiKeySecret))
            errors.Add("Twilio:ApiKeySid and Twilio:ApiKeySecret are set together or not at all.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
