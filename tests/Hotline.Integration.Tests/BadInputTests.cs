using System.Net;
using System.Text;
using Hotline.Integration.Tests.Support;

namespace Hotline.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class BadInputTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Body_of_ten_thousand_characters_is_stored_and_answered()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var response = await server.SendSmsAsync("+85512345678", new string('ក', 10_000));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Count == 1, "the long message is answered");
        Assert.Equal(150, await server.CountAsync("SELECT segments FROM messages WHERE direction = 'in'")); // 10,000 UCS-2 units / 67
    }

    [Fact]
    public async Task Empty_body_is_stored_and_answered()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        Assert.Equal(HttpStatusCode.OK, (await server.SendSmsAsync("+85512345678", "")).StatusCode);
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'in'"));
    }

    [Fact]
    public async Task Missing_from_is_a_400_with_the_reason()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var form = HotlineTestServer.InboundForm("+85512345678", "hi", HotlineTestServer.NewSid()).Where(p => p.Key != "From").ToList();
        var response = await server.PostSignedAsync("/twilio/sms", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("From", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM messages"));
    }

    [Fact]
    public async Task Invalid_form_encoding_is_a_400_not_a_500()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var request = new HttpRequestMessage(HttpMethod.Post, "/twilio/sms")
        {
            Content = new StringContent("Body=%E0%A4&From=%2B855%ZZ&&=&MessageSid", Encoding.ASCII, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Twilio-Signature", "AAAA");
        var response = await server.Http.SendAsync(request);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"got {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Json_body_is_refused_as_unsupported_media_type()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var request = new HttpRequestMessage(HttpMethod.Post, "/twilio/sms") { Content = new StringContent("{\"Body\":\"hi\"}", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Twilio-Signature", "AAAA");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await server.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Message_sid_of_the_wrong_shape_is_a_400()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var response = await server.PostSignedAsync("/twilio/sms", HotlineTestServer.InboundForm("+85512345678", "hi", "SM 1'; DROP TABLE messages"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Text_with_emoji_invisibles_and_mixed_scripts_is_answered()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var odd = "សួ\u200Bស្តី 😀 hello\u200C\uFEFF ១២៣ \u0007";
        Assert.Equal(HttpStatusCode.OK, (await server.SendSmsAsync("+85512345678", odd)).StatusCode);
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Count == 1, "the odd message is answered");
    }
}
