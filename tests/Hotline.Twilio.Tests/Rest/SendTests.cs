using System.Net;
using System.Net.Sockets;
using System.Text;
using Hotline.Twilio.Rest;
using Hotline.Twilio.Tests.Support;

namespace Hotline.Twilio.Tests.Rest;

public sealed class SendTests
{
    private const string Created =
        """{"account_sid":"AC0123456789abcdef0123456789abcdef","api_version":"2010-04-01","body":"hi","date_created":"Thu, 24 Aug 2023 05:01:45 +0000","date_sent":null,"direction":"outbound-api","error_code":null,"error_message":null,"from":"+85523900100","num_media":"0","num_segments":"2","price":null,"sid":"SM0123456789abcdef0123456789abcdef","status":"queued","to":"+85512345678","uri":"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM0123456789abcdef0123456789abcdef.json","brand_new_field":{"x":1}}""";

    private static readonly OutgoingSms Khmer = new("+85512345678", "សួស្តី! ខ្ញុំអាចជួយអ្វីបាន?");

    [Fact]
    public async Task Created_message_is_accepted_with_its_sid_status_and_segments()
    {
        var client = Clients.For(StubHandler.Json(HttpStatusCode.Created, Created));

        var outcome = await client.SendAsync(Khmer, CancellationToken.None);

        Assert.Equal(new SendOutcome.Accepted("SM0123456789abcdef0123456789abcdef", "queued", 2), outcome);
    }

    [Fact]
    public async Task Request_posts_to_the_account_messages_resource()
    {
        var handler = StubHandler.Json(HttpStatusCode.Created, Created);

        await Clients.For(handler).SendAsync(Khmer, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json", request.Uri.ToString());
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
    }

    [Fact]
    public async Task Khmer_body_round_trips_through_the_form_encoding()
    {
        var handler = StubHandler.Json(HttpStatusCode.Created, Created);

        await Clients.For(handler).SendAsync(Khmer with { StatusCallbackUrl = "https://hotline.example.org/twilio/status" }, CancellationToken.None);

        var form = Form.Parse(handler.Requests[0].Body!);
        Assert.Equal(
            Form.Of(("To", "+85512345678"), ("From", "+85523900100"), ("Body", "សួស្តី! ខ្ញុំអាចជួយអ្វីបាន?"), ("StatusCallback", "https://hotline.example.org/twilio/status")),
            form);
    }

    [Fact]
    public async Task Account_sid_and_token_are_sent_as_basic_auth()
    {
        var handler = StubHandler.Json(HttpStatusCode.Created, Created);

        await Clients.For(handler).SendAsync(Khmer, CancellationToken.None);

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Clients.AccountSid}:{Clients.AuthToken}"));
        Assert.Equal(expected, handler.Requests[0].Authorization);
    }

    [Fact]
    public async Task Api_key_is_preferred_for_basic_auth_while_the_path_keeps_the_account_sid()
    {
        var handler = StubHandler.Json(HttpStatusCode.Created, Created);
        var options = Clients.Options with { ApiKeySid = "SK0123456789abcdef0123456789abcdef", ApiKeySecret = "key-secret" };

        await Clients.For(handler, options).SendAsync(Khmer, CancellationToken.None);

        Assert.Equal("Basic " + Convert.ToBase64String("SK0123456789abcdef0123456789abcdef:key-secret"u8), handler.Requests[0].Authorization);
        Assert.Contains("/Accounts/AC0123456789abcdef0123456789abcdef/", handler.Requests[0].Uri.AbsolutePath);
    }

    [Fact]
    public async Task Messaging_service_replaces_the_sender_and_validity_period_is_sent()
    {
        var handler = StubHandler.Json(HttpStatusCode.Created, Created);
        var options = Clients.Options with { MessagingServiceSid = "MG0123456789abcdef0123456789abcdef", ValidityPeriodSeconds = 3600, StatusCallbackUrl = "https://h/status" };

        await Clients.For(handler, options).SendAsync(Khmer, CancellationToken.None);

        var form = Form.Parse(handler.Requests[0].Body!);
        Assert.Equal(
            Form.Of(("To", "+85512345678"), ("MessagingServiceSid", "MG0123456789abcdef0123456789abcdef"), ("Body", Khmer.Body), ("StatusCallback", "https://h/status"), ("ValidityPeriod", "3600")),
            form);
    }

    [Fact]
    public async Task Message_sender_overrides_the_configured_one_for_a_whatsapp_reply()
    {
        var handler = StubHandler.Json(HttpStatusCode.Created, Created);

        await Clients.For(handler).SendAsync(new OutgoingSms("whatsapp:+85512345678", "ok") { From = "whatsapp:+85523900100" }, CancellationToken.None);

        var form = Form.Parse(handler.Requests[0].Body!);
        Assert.Contains(new KeyValuePair<string, string>("From", "whatsapp:+85523900100"), form);
        Assert.Contains(new KeyValuePair<string, string>("To", "whatsapp:+85512345678"), form);
    }

    [Fact]
    public async Task Somleng_base_url_replaces_the_twilio_host()
    {
        var handler = StubHandler.Json(HttpStatusCode.Created, Created);

        await Clients.For(handler, Clients.Options with { ApiBaseUrl = "https://api.somleng.example/" }).SendAsync(Khmer, CancellationToken.None);

        Assert.Equal("https://api.somleng.example/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json", handler.Requests[0].Uri.ToString());
    }

    [Fact]
    public async Task Too_many_requests_is_retried_later_with_the_providers_delay()
    {
        var handler = new StubHandler((_, _) =>
        {
            var response = StubHandler.JsonResponse((HttpStatusCode)429, """{"code":20429,"message":"Too Many Requests","more_info":"https://www.twilio.com/docs/errors/20429","status":429}""");
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(2));
            return Task.FromResult(response);
        });

        var outcome = await Clients.For(handler).SendAsync(Khmer, CancellationToken.None);

        Assert.Equal(new SendOutcome.RetryLater(429, 20429, "Too Many Requests", TimeSpan.FromSeconds(2)), outcome);
    }

    [Fact]
    public async Task Invalid_number_is_rejected_with_its_error_code()
    {
        var client = Clients.For(StubHandler.Json(HttpStatusCode.BadRequest,
            """{"code": 21211, "message": "The 'To' number 5551234567 is not a valid phone number.", "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}"""));

        var outcome = await client.SendAsync(Khmer, CancellationToken.None);

        var rejected = Assert.IsType<SendOutcome.Rejected>(outcome);
        Assert.Equal(400, rejected.HttpStatus);
        Assert.Equal(21211, rejected.ErrorCode);
        Assert.Equal("The 'To' number 5551234567 is not a valid phone number.", rejected.Message);
        Assert.False(rejected.IsOptedOut);
    }

    [Fact]
    public async Task Opted_out_recipient_is_rejected_as_opted_out()
    {
        var client = Clients.For(StubHandler.Json(HttpStatusCode.BadRequest, """{"code":21610,"message":"Attempt to send to unsubscribed recipient","status":400}"""));

        var outcome = await client.SendAsync(Khmer, CancellationToken.None);

        Assert.True(Assert.IsType<SendOutcome.Rejected>(outcome).IsOptedOut);
    }

    [Fact]
    public async Task Landline_recipient_is_rejected()
    {
        var client = Clients.For(StubHandler.Json(HttpStatusCode.BadRequest, """{"code":"21614","message":"'To' number is not a valid mobile number","status":"400"}"""));

        var outcome = await client.SendAsync(Khmer, CancellationToken.None);

        Assert.Equal(21614, Assert.IsType<SendOutcome.Rejected>(outcome).ErrorCode);
    }

    [Fact]
    public async Task Full_sender_queue_is_retried_later_because_nothing_was_created()
    {
        var client = Clients.For(StubHandler.Json(HttpStatusCode.BadRequest, """{"code":21611,"message":"This 'From' number has exceeded the maximum number of queued messages","status":400}"""));

        var outcome = await client.SendAsync(Khmer, CancellationToken.None);

        Assert.Equal(21611, Assert.IsType<SendOutcome.RetryLater>(outcome).ErrorCode);
    }

    [Fact]
    public async Task Wrong_credentials_are_rejected()
    {
        var client = Clients.For(StubHandler.Json(HttpStatusCode.Unauthorized, """{"code":20003,"message":"Authenticate","status":401}"""));

        var outcome = await client.SendAsync(Khmer, CancellationToken.None);

        Assert.Equal(new SendOutcome.Rejected(401, 20003, "Authenticate"), outcome);
    }

    [Fact]
    public async Task Server_error_is_uncertain_because_the_message_may_exist()
    {
        var client = Clients.For(StubHandler.Json(HttpStatusCode.InternalServerError, """{"code":20500,"message":"An internal server error has occurred","status":500}"""));

        var outcome = await client.SendAsync(Khmer, CancellationToken.None);

        Assert.Equal(new SendOutcome.Uncertain(500, "An internal server error has occurred"), outcome);
    }

    [Fact]
    public async Task Error_page_that_is_not_json_is_described_by_its_status()
    {
        var handler = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>bad gateway</html>") }));

        var outcome = await Clients.For(handler).SendAsync(Khmer, CancellationToken.None);

        Assert.Equal(new SendOutcome.Uncertain(502, "HTTP 502 Bad Gateway"), outcome);
    }

    [Fact]
    public async Task Success_without_a_sid_is_uncertain()
    {
        var client = Clients.For(StubHandler.Json(HttpStatusCode.Created, "{}"));

        var outcome = await client.SendAsync(Khmer, CancellationToken.None);

        Assert.IsType<SendOutcome.Uncertain>(outcome);
    }

    [Fact]
    public async Task Timeout_after_sending_is_uncertain()
    {
        var handler = new StubHandler(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.Created);
        });
        var client = new TwilioRestClient(new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(100) }, Clients.Options);

        var outcome = await client.SendAsync(Khmer, CancellationToken.None);

        Assert.Null(Assert.IsType<SendOutcome.Uncertain>(outcome).HttpStatus);
    }

    [Fact]
    public async Task Connection_dropped_before_the_response_is_uncertain()
    {
        var handler = new StubHandler((_, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));

        var outcome = await Clients.For(handler).SendAsync(Khmer, CancellationToken.None);

        Assert.IsType<SendOutcome.Uncertain>(outcome);
    }

    [Fact]
    public async Task Refused_connection_is_retried_later()
    {
        var handler = new StubHandler((_, _) => throw new HttpRequestException(
            HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:9)", new SocketException((int)SocketError.ConnectionRefused)));

        var outcome = await Clients.For(handler).SendAsync(Khmer, CancellationToken.None);

        var retry = Assert.IsType<SendOutcome.RetryLater>(outcome);
        Assert.Null(retry.HttpStatus);
    }

    [Fact]
    public async Task Refused_connection_on_a_real_socket_is_retried_later()
    {
        var port = ClosedPort();
        var client = new TwilioRestClient(new HttpClient(), Clients.Options with { ApiBaseUrl = $"http://127.0.0.1:{port}" });

        var outcome = await client.SendAsync(Khmer, CancellationToken.None);

        Assert.IsType<SendOutcome.RetryLater>(outcome);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_turned_into_an_outcome()
    {
        using var cancel = new CancellationTokenSource();
        var handler = new StubHandler(async (_, ct) =>
        {
            await cancel.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.Created);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Clients.For(handler).SendAsync(Khmer, cancel.Token));
    }

    [Fact]
    public async Task Missing_sender_configuration_fails_loudly()
    {
        var client = Clients.For(StubHandler.Json(HttpStatusCode.Created, Created), Clients.Options with { From = null });

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync(Khmer, CancellationToken.None));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
