namespace Hotline.Twilio.Rest;

/// <summary>
/// The error body Twilio returns with a non-2xx status: <c>{"code":21211,"message":"…","more_info":"…","status":400}</c>.
/// The message can quote the phone number, so it belongs in the outbox row, not in a log line.
/// </summary>
internal sealed record ProviderError(int? Code, string Message)
{
    public static ProviderError Read(int httpStatus, string? reasonPhrase, string body)
    {
        var json = ProviderJson.TryParse(body);
        var code = ProviderJson.Int(json, "code");
        var message = ProviderJson.String(json, "message");
        if (string.IsNullOrWhiteSpace(message))
        {
            message = string.IsNullOrWhiteSpace(reasonPhrase) ? $"HTTP {httpStatus}" : $"HTTP {httpStatus} {reasonPhrase}";
        }

        return new ProviderError(code, message);
    }
}
