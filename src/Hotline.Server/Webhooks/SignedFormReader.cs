using Hotline.Server.Options;
using Hotline.Twilio;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Hotline.Server.Webhooks;

/// <summary>
/// Reads a provider webhook's form and checks its signature over the public URL and every parameter, before
/// anything else looks at it. The URL is rebuilt from Hotline:PublicBaseUrl plus the raw request target (path and
/// query exactly as received), never from Host or X-Forwarded-* headers that any client can set.
/// </summary>
public sealed class SignedFormReader(IOptions<HotlineOptions> hotline, IOptions<TwilioOptions> twilio)
{
    public async Task<SignedForm> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var tokens = new[] { twilio.Value.AuthToken, twilio.Value.SecondaryAuthToken }
            .Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToArray();
        if (tokens.Length == 0)
            return SignedForm.Fail(StatusCodes.Status403Forbidden, "No provider auth token is configured, so webhook signatures cannot be verified.");
        if (!request.HasFormContentType)
            return SignedForm.Fail(StatusCodes.Status415UnsupportedMediaType, "Expected application/x-www-form-urlencoded.");
        var signature = request.Headers["X-Twilio-Signature"].ToString();
        if (string.IsNullOrEmpty(signature))
            return SignedForm.Fail(StatusCodes.Status403Forbidden, "Missing X-Twilio-Signature.");

        IFormCollection form;
        try { form = await request.ReadFormAsync(ct); }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException or BadHttpRequestException)
        {
            return SignedForm.Fail(StatusCodes.Status400BadRequest, "The form body could not be read: invalid form encoding.");
        }

        var pairs = new List<KeyValuePair<string, string>>(form.Count);
        foreach (var (key, values) in form)
            foreach (var value in values)
                pairs.Add(new(key, value ?? string.Empty));

        if (!RequestValidator.IsValid(PublicUrl(request), pairs, signature, tokens))
            return SignedForm.Fail(StatusCodes.Status403Forbidden, "Invalid X-Twilio-Signature.");

        var accountSid = form["AccountSid"].ToString();
        if (!string.IsNullOrEmpty(twilio.Value.AccountSid) && accountSid.Length > 0 && accountSid != twilio.Value.AccountSid)
            return SignedForm.Fail(StatusCodes.Status403Forbidden, "The request is for another account.");
        return SignedForm.Ok(pairs);
    }

    private string PublicUrl(HttpRequest request)
    {
        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target)) target = request.PathBase + request.Path + request.QueryString;
        var baseUrl = hotline.Value.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl)) baseUrl = $"{request.Scheme}://{request.Host}";
        return baseUrl.TrimEnd('/') + target;
    }
}

public sealed record SignedForm(IReadOnlyList<KeyValuePair<string, string>>? Pairs, int FailureStatus, string? FailureReason)
{
    public static SignedForm Ok(IReadOnlyList<KeyValuePair<string, string>> pairs) => new(pairs, 0, null);
    public static SignedForm Fail(int status, string reason) => new(null, status, reason);
    public bool IsValid => Pairs is not null;
}
