using System.Net;
using Hotline.Integration.Tests.Support;

namespace Hotline.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class WebhookSignatureTests(PostgresFixture postgres)
{
    private static readonly ScriptedEngine Engine = new();

    [Fact]
    public async Task Correctly_signed_message_is_stored_and_answered_with_empty_twiml()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: Engine);
        var response = await server.SendSmsAsync("+85512345678", "hello");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/xml", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'in'"));
    }

    [Fact]
    public async Task Missing_signature_is_refused_with_403_and_nothing_is_written()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: Engine);
        var response = await server.PostSignedAsync("/twilio/sms", HotlineTestServer.InboundForm("+85512345678", "hi", HotlineTestServer.NewSid()), sign: false);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM messages"));
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM contacts"));
    }

    [Fact]
    public async Task Wrong_signature_is_refused_with_403_and_nothing_is_written()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: Engine);
        var response = await server.PostSignedAsync("/twilio/sms", HotlineTestServer.InboundForm("+85512345678", "hi", HotlineTestServer.NewSid()), signature: "L/OH5YylLD5NRKLltdqwSvS0BnU=");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM messages"));
    }

    [Fact]
    public async Task Parameter_changed_after_signing_is_refused()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: Engine);
        var sid = HotlineTestServer.NewSid();
        var signed = HotlineTestServer.InboundForm("+85512345678", "hi", sid);
        var signature = Hotline.Twilio.RequestValidator.ComputeSignature(HotlineTestServer.PublicBaseUrl + "/twilio/sms", signed, HotlineTestServer.AuthToken);
        var tampered = HotlineTestServer.InboundForm("+85512345678", "send money to this number", sid);
        var response = await server.PostSignedAsync("/twilio/sms", tampered, signature);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM messages"));
    }

    [Fact]
    public async Task Signature_made_for_another_url_is_refused()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: Engine);
        var form = HotlineTestServer.InboundForm("+85512345678", "hi", HotlineTestServer.NewSid());
        // Signed for plain http although the public URL is https: a replay through another door.
        var signature = Hotline.Twilio.RequestValidator.ComputeSignature("http://hotline.example.org/twilio/sms", form, HotlineTestServer.AuthToken);
        var response = await server.PostSignedAsync("/twilio/sms", form, signature);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Signed_status_callback_is_accepted_and_unsigned_one_refused()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: Engine);
        IReadOnlyList<KeyValuePair<string, string>> form =
            [new("MessageSid", HotlineTestServer.NewSid()), new("MessageStatus", "delivered"), new("AccountSid", HotlineTestServer.AccountSid)];
        Assert.Equal(HttpStatusCode.NoContent, (await server.PostSignedAsync("/twilio/status", form)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.PostSignedAsync("/twilio/status", form, sign: false)).StatusCode);
    }
}
