using Dapper;
using Hotline.Integration.Tests.Support;

namespace Hotline.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class StatusCallbackTests(PostgresFixture postgres)
{
    private static IReadOnlyList<KeyValuePair<string, string>> Callback(string sid, string status, string? errorCode = null)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("MessageSid", sid), new("SmsSid", sid), new("MessageStatus", status), new("SmsStatus", status),
            new("AccountSid", HotlineTestServer.AccountSid), new("ApiVersion", "2010-04-01"),
        };
        if (errorCode is not null) form.Add(new("ErrorCode", errorCode));
        return form;
    }

    private static async Task<string> SentReplySidAsync(HotlineTestServer server)
    {
        await server.SendSmsAsync("+85512345678", "hello");
        var sent = await server.Provider!.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10));
        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM messages WHERE provider_sid IS NOT NULL AND direction = 'out'") == 1, "sid stored");
        return sent.Single().Sid;
    }

    [Fact]
    public async Task Status_moves_forward_and_never_back_when_callbacks_arrive_out_of_order()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var sid = await SentReplySidAsync(server);

        await server.PostSignedAsync("/twilio/status", Callback(sid, "delivered"));
        await server.PostSignedAsync("/twilio/status", Callback(sid, "sent"));
        await server.PostSignedAsync("/twilio/status", Callback(sid, "queued"));

        await using var db = await server.OpenDbAsync();
        Assert.Equal("delivered", await db.ExecuteScalarAsync<string>("SELECT status FROM messages WHERE provider_sid = @sid", new { sid }));
    }

    [Fact]
    public async Task Failure_callback_records_the_provider_error_code()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var sid = await SentReplySidAsync(server);
        await server.PostSignedAsync("/twilio/status", Callback(sid, "sent"));
        await server.PostSignedAsync("/twilio/status", Callback(sid, "undelivered", "30003"));
        await using var db = await server.OpenDbAsync();
        var row = await db.QuerySingleAsync<(string Status, int ErrorCode)>("SELECT status, error_code FROM messages WHERE provider_sid = @sid", new { sid });
        Assert.Equal(("undelivered", 30003), row);
    }

    [Fact]
    public async Task Repeated_callback_is_a_no_op()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var sid = await SentReplySidAsync(server);
        for (var i = 0; i < 3; i++) await server.PostSignedAsync("/twilio/status", Callback(sid, "delivered"));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM status_events WHERE provider_sid = @sid", new { sid }));
    }

    [Fact]
    public async Task Callback_for_an_unknown_message_is_kept_and_acknowledged()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var response = await server.PostSignedAsync("/twilio/status", Callback(HotlineTestServer.NewSid(), "delivered"));
        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM status_events"));
    }
}
