using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Hotline.Twilio.Rest;

/// <summary>
/// The Messages REST API (Twilio, or a compatible provider such as Somleng). Every outcome the
/// network or provider can produce becomes a <see cref="SendOutcome"/>, so the dispatcher decides
/// retries from a closed set instead of from exception types. The <see cref="HttpClient"/> is
/// injected (typically from IHttpClientFactory) and may be shared: credentials are set per request.
/// </summary>
public sealed class TwilioRestClient
{
    private const string ApiVersion = "2010-04-01";
    private const int ListPageSize = 50;
    private const int ListMaxPages = 5;

    private readonly HttpClient _http;
    private readonly TwilioRestOptions _options;
    private readonly TimeProvider _time;
    private readonly AuthenticationHeaderValue _authorization;

    public TwilioRestClient(HttpClient http, TwilioRestOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AccountSid);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ApiBaseUrl);
        _http = http;
        _options = options;
        _time = time ?? TimeProvider.System;
        _authorization = BasicAuthorization(options);
    }

    private string AccountUrl =>
        $"{_options.ApiBaseUrl.TrimEnd('/')}/{ApiVersion}/Accounts/{Uri.EscapeDataString(_options.AccountSid)}";

    /// <summary>
    /// POSTs one message. Cancelling <paramref name="ct"/> throws <see cref="OperationCanceledException"/>;
    /// if the request had already left, that leaves the same doubt as <see cref="SendOutcome.Uncertain"/>.
    /// </summary>
    public async Task<SendOutcome> SendAsync(OutgoingSms message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.To);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{AccountUrl}/Messages.json")
        {
            Content = new FormUrlEncodedContent(SendForm(message)),
        };
        Authorize(request);

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            return FailureBeforeResponse(e);
        }

        using (response)
        {
            var body = await ReadBodyAsync(response, ct).ConfigureAwait(false);
            return Interpret(response, body);
        }
    }

    /// <summary>
    /// Messages to <paramref name="to"/> (and from <paramref name="from"/>) created at or after
    /// <paramref name="sentAfter"/>, following <c>next_page_uri</c> for a few pages — the guard against a
    /// duplicate after an uncertain send. No <c>DateSent</c> filter is sent: Twilio filters it by whole days
    /// and a message still queued has no send date, so the filter would hide exactly the message we look for.
    /// The list comes newest first; paging stops once a page reaches messages older than the window.
    /// Throws <see cref="HttpRequestException"/> when the provider does not answer with a list.
    /// </summary>
    public async Task<IReadOnlyList<ProviderMessage>> ListMessagesAsync(string to, string? from, DateTimeOffset sentAfter, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        var query = new StringBuilder($"?To={Uri.EscapeDataString(to)}");
        if (!string.IsNullOrEmpty(from))
        {
            query.Append("&From=").Append(Uri.EscapeDataString(from));
        }

        query.Append("&PageSize=").Append(ListPageSize);

        var messages = new List<ProviderMessage>();
        string? next = $"{AccountUrl}/Messages.json{query}";
        for (var page = 0; page < ListMaxPages && next is not null; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            Authorize(request);
            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            var body = await ReadBodyAsync(response, ct).ConfigureAwait(false);
            var json = response.IsSuccessStatusCode ? ProviderJson.TryParse(body) : null;
            if (json is not { } root || !root.TryGetProperty("messages", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                var error = ProviderError.Read((int)response.StatusCode, response.ReasonPhrase, body);
                throw new HttpRequestException($"Listing messages failed: {error.Message}", null, response.StatusCode);
            }

            var pageMessages = list.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.Object).Select(ReadMessage).OfType<ProviderMessage>().ToList();
            messages.AddRange(pageMessages.Where(m => m.DateCreated is null || m.DateCreated >= sentAfter));
            next = pageMessages.Any(m => m.DateCreated < sentAfter) ? null : NextPageUrl(ProviderJson.String(root, "next_page_uri"));
        }

        return messages;
    }

    /// <summary>
    /// Deletes a message and its body from the provider (retention). True when the provider no
    /// longer holds it (deleted now, or already gone); false when it refused, e.g. because the
    /// message has not reached a final status yet.
    /// </summary>
    public async Task<bool> DeleteMessageAsync(string sid, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sid);
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{AccountUrl}/Messages/{Uri.EscapeDataString(sid)}.json");
        Authorize(request);
        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        return response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound;
    }

    private List<KeyValuePair<string, string>> SendForm(OutgoingSms message)
    {
        var form = new List<KeyValuePair<string, string>> { new("To", message.To) };
        if (!string.IsNullOrEmpty(message.From))
        {
            form.Add(new("From", message.From));
        }
        else if (!string.IsNullOrEmpty(_options.MessagingServiceSid))
        {
            form.Add(new("MessagingServiceSid", _options.MessagingServiceSid));
        }
        else if (!string.IsNullOrEmpty(_options.From))
        {
            form.Add(new("From", _options.From));
        }
        else
        {
            throw new InvalidOperationException("No sender: set Twilio:From or Twilio:MessagingServiceSid, or give the message a From.");
        }

        form.Add(new("Body", message.Body ?? ""));
        if ((message.StatusCallbackUrl ?? _options.StatusCallbackUrl) is { Length: > 0 } callback)
        {
            form.Add(new("StatusCallback", callback));
        }

        if (_options.ValidityPeriodSeconds is { } validity)
        {
            form.Add(new("ValidityPeriod", validity.ToString(CultureInfo.InvariantCulture)));
        }

        return form;
    }

    private SendOutcome Interpret(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            var json = ProviderJson.TryParse(body);
            return ProviderJson.String(json, "sid") is { Length: > 0 } sid
                ? new SendOutcome.Accepted(sid, ProviderJson.String(json, "status") ?? "queued", ProviderJson.Int(json, "num_segments"))
                : new SendOutcome.Uncertain(status, $"HTTP {status} without a message sid");
        }

        var error = ProviderError.Read(status, response.ReasonPhrase, body);
        if (status == 429 || error.Code is ProviderErrorCodes.TooManyRequests or ProviderErrorCodes.QueueFull)
        {
            return new SendOutcome.RetryLater(status, error.Code, error.Message, RetryAfter(response));
        }

        return status >= 500
            ? new SendOutcome.Uncertain(status, error.Message)
            : new SendOutcome.Rejected(status, error.Code, error.Message);
    }

    /// <summary>
    /// Sorts a failure with no HTTP response. Only failures to connect prove the request never
    /// reached the provider; a timeout or a dropped connection may come after it was processed.
    /// </summary>
    private static SendOutcome FailureBeforeResponse(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError })
            {
                return new SendOutcome.RetryLater(null, null, $"Could not connect: {failure.Message}", null);
            }

            if (e is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.TryAgain })
            {
                return new SendOutcome.RetryLater(null, null, $"Could not connect: {failure.Message}", null);
            }
        }

        var what = failure is OperationCanceledException ? "Timed out waiting for the provider" : "Connection failed during the request";
        return new SendOutcome.Uncertain(null, $"{what}: {failure.Message}");
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta;
        }

        return retryAfter.Date is { } date ? TimeSpan.FromTicks(Math.Max(0, (date - _time.GetUtcNow()).Ticks)) : null;
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
        {
            return "";
        }
    }

    private static ProviderMessage? ReadMessage(JsonElement message) =>
        ProviderJson.String(message, "sid") is { Length: > 0 } sid
            ? new ProviderMessage(
                sid,
                ProviderJson.String(message, "to"),
                ProviderJson.String(message, "from"),
                ProviderJson.String(message, "body"),
                ProviderJson.String(message, "status"),
                ProviderJson.String(message, "direction"),
                ProviderJson.Date(message, "date_created"),
                ProviderJson.Date(message, "date_sent"),
                ProviderJson.Int(message, "error_code"),
                ProviderJson.Int(message, "num_segments"))
            : null;

    private string? NextPageUrl(string? nextPageUri)
    {
        if (string.IsNullOrEmpty(nextPageUri))
        {
            return null;
        }

        return Uri.TryCreate(nextPageUri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? nextPageUri
            : _options.ApiBaseUrl.TrimEnd('/') + "/" + nextPageUri.TrimStart('/');
    }

    private void Authorize(HttpRequestMessage request)
    {
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    private static AuthenticationHeaderValue BasicAuthorization(TwilioRestOptions options)
    {
        var useApiKey = !string.IsNullOrEmpty(options.ApiKeySid) && !string.IsNullOrEmpty(options.ApiKeySecret);
        var user = useApiKey ? options.ApiKeySid! : options.AccountSid;
        var secret = useApiKey ? options.ApiKeySecret! : options.AuthToken;
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{secret}")));
    }
}
