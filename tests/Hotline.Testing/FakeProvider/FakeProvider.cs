using System.Collections.Concurrent;
using System.Net;
using Hotline.Twilio;
using Hotline.Twilio.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Testing.FakeProvider;

/// <summary>
/// A Twilio-compatible Messages API on a real Kestrel socket (127.0.0.1, free port), so integration
/// tests exercise the real <see cref="TwilioRestClient"/>, HTTP stack and timeouts rather than a mock.
/// It checks Basic auth, creates <c>SM…</c> messages, lists and deletes them, follows a scripted
/// queue of failures (<see cref="Enqueue"/>), and can post signed status callbacks and inbound
/// messages to the hotline the way Twilio does.
/// </summary>
public sealed class FakeProvider : IAsyncDisposable
{
    public const string DefaultAccountSid = "ACfa4e0000000000000000000000000001";
    public const string DefaultAuthToken = "fake-provider-auth-token-0000001";

    private readonly WebApplication _app;
    private readonly HttpClient _webhookClient = new();
    private readonly ConcurrentQueue<FakeResponse> _script = new();
    private readonly Lock _gate = new();
    private readonly List<FakeMessage> _messages = [];
    private readonly HashSet<string> _deleted = new(StringComparer.Ordinal);
    private readonly List<FakeRequest> _requests = [];
    private readonly CancellationTokenSource _stopping = new();

    private FakeProvider(WebApplication app, string accountSid, string authToken, TimeProvider time, Uri baseUrl)
    {
        _app = app;
        AccountSid = accountSid;
        AuthToken = authToken;
        Time = time;
        BaseUrl = baseUrl;
    }

    public string AccountSid { get; }
    public string AuthToken { get; }

    /// <summary>Where the fake listens, e.g. <c>http://127.0.0.1:41234</c>; use it as <c>Twilio:ApiBaseUrl</c>.</summary>
    public Uri BaseUrl { get; }

    internal TimeProvider Time { get; }

    /// <summary>Cancelled on dispose, so scripted delays do not hold up shutdown.</summary>
    internal CancellationToken Stopping => _stopping.Token;

    /// <summary>Starts the server and returns once it accepts connections.</summary>
    public static async Task<FakeProvider> StartAsync(
        string accountSid = DefaultAccountSid, string authToken = DefaultAuthToken, TimeProvider? time = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var holder = new FakeProvider[1];
        MessagesEndpoints.Map(app, () => holder[0]);
        await app.StartAsync(ct).ConfigureAwait(false);
        var address = app.Urls.Single();
        holder[0] = new FakeProvider(app, accountSid, authToken, time ?? TimeProvider.System, new Uri(address));
        return holder[0];
    }

    /// <summary>Client options pointing at this fake with its credentials.</summary>
    public TwilioRestOptions ClientOptions(string from = "+85523900100") => new()
    {
        AccountSid = AccountSid,
        AuthToken = AuthToken,
        ApiBaseUrl = BaseUrl.ToString().TrimEnd('/'),
        From = from,
    };

    /// <summary>Every message created so far, in order, including deleted ones.</summary>
    public IReadOnlyList<FakeMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Every request answered so far, in order.</summary>
    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Scripts the answers to the next message POSTs, one each, in order.</summary>
    public void Enqueue(params FakeResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> messages were created; fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<FakeMessage>> WaitForMessagesAsync(int count, TimeSpan timeout, CancellationToken ct = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        while (true)
        {
            var messages = Messages;
            if (messages.Count >= count)
            {
                return messages;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new TimeoutException($"Expected {count} messages at the fake provider within {timeout}, saw {messages.Count}.");
            }
        }
    }

    /// <summary>
    /// Posts a status callback for <paramref name="sid"/> to <paramref name="url"/>, signed with
    /// <paramref name="authToken"/> (the fake's own token by default), and returns the HTTP status the hotline answered.
    /// </summary>
    public Task<HttpStatusCode> SendStatusCallbackAsync(
        string url, string sid, string status, int? errorCode = null, string? authToken = null, CancellationToken ct = default)
    {
        var message = Messages.FirstOrDefault(m => m.Sid == sid);
        var form = new List<KeyValuePair<string, string>>
        {
            new("MessageSid", sid),
            new("SmsSid", sid),
            new("MessageStatus", status),
            new("SmsStatus", status),
            new("AccountSid", AccountSid),
            new("ApiVersion", "2010-04-01"),
        };
        if (message is not null)
        {
            form.Add(new("To", message.To));
            form.Add(new(message.From is null ? "MessagingServiceSid" : "From", message.From ?? message.MessagingServiceSid ?? ""));
        }

        if (errorCode is not null)
        {
            form.Add(new("ErrorCode", errorCode.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return PostSignedAsync(url, form, authToken ?? AuthToken, ct);
    }

    /// <summary>
    /// Posts an inbound message webhook as Twilio would (fresh <c>SM…</c> sid unless given, signed),
    /// and returns the HTTP status the hotline answered.
    /// </summary>
    public Task<HttpStatusCode> SendInboundMessageAsync(
        string url, string from, string to, string body, string? messageSid = null, string? authToken = null, CancellationToken ct = default)
    {
        var sid = messageSid ?? NewSid();
        var form = new List<KeyValuePair<string, string>>
        {
            new("ToCountry", "KH"),
            new("SmsMessageSid", sid),
            new("NumMedia", "0"),
            new("SmsSid", sid),
            new("SmsStatus", "received"),
            new("Body", body),
            new("To", to),
            new("NumSegments", "1"),
            new("MessageSid", sid),
            new("AccountSid", AccountSid),
            new("From", from),
            new("ApiVersion", "2010-04-01"),
        };
        return PostSignedAsync(url, form, authToken ?? AuthToken, ct);
    }

    /// <summary>Posts any form with a Twilio signature; the building block of the two senders above.</summary>
    public async Task<HttpStatusCode> PostSignedAsync(string url, IReadOnlyList<KeyValuePair<string, string>> form, string authToken, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(RequestValidator.SignatureHeader, RequestValidator.ComputeSignature(url, form, authToken));
        using var response = await _webhookClient.SendAsync(request, ct).ConfigureAwait(false);
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _webhookClient.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    internal static string NewSid() => "SM" + Guid.NewGuid().ToString("N");

    internal FakeResponse NextScripted() => _script.TryDequeue(out var response) ? response : FakeResponse.Accept();

    internal void Record(FakeMessage message)
    {
        lock (_gate)
        {
            _messages.Add(message);
        }
    }

    internal void RecordRequest(string method, string path, int status)
    {
        lock (_gate)
        {
            _requests.Add(new FakeRequest(method, path, status, Time.GetUtcNow()));
        }
    }

    /// <summary>Messages not deleted, in creation order.</summary>
    internal IReadOnlyList<FakeMessage> Listable()
    {
        lock (_gate)
        {
            return _messages.Where(m => !_deleted.Contains(m.Sid)).ToList();
        }
    }

    internal bool Delete(string sid)
    {
        lock (_gate)
        {
            return _messages.Any(m => m.Sid == sid) && _deleted.Add(sid);
        }
    }
}
