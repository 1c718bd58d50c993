using Dapper;
using Hotline.Integration.Tests.Support;
using Hotline.Testing.FakeProvider;

namespace Hotline.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class OutboxDispatchTests(PostgresFixture postgres)
{
    private static int MessagePosts(FakeProvider provider) =>
        provider.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/Messages.json", StringComparison.Ordinal));

    [Fact]
    public async Task Provider_answering_429_then_accepting_results_in_exactly_one_send()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        server.Provider!.Enqueue(FakeResponse.Error(429, 20429), FakeResponse.Accept());
        await server.SendSmsAsync("+85512345678", "hello");

        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out' AND provider_sid IS NOT NULL") == 1, "the reply is accepted");
        Assert.Single(server.Provider.Messages);
        Assert.Equal(2, MessagePosts(server.Provider));
        Assert.Equal(2, await server.CountAsync("SELECT attempts FROM messages WHERE direction = 'out'"));
    }

    [Fact]
    public async Task Invalid_number_error_fails_the_message_visibly_and_is_not_retried()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        server.Provider!.Enqueue(FakeResponse.Error(400, 21211));
        await server.SendSmsAsync("+85512345678", "hello");

        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out' AND status = 'failed'") == 1, "the reply fails");
        await Task.Delay(500);
        Assert.Equal(21211, await server.CountAsync("SELECT error_code FROM messages WHERE direction = 'out'"));
        Assert.Equal(1, MessagePosts(server.Provider));
        Assert.Empty(server.Provider.Messages);
    }

    [Fact]
    public async Task Opted_out_error_from_the_provider_marks_the_contact_and_stops_further_sends()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        server.Provider!.Enqueue(FakeResponse.Error(400, 21610));
        await server.SendSmsAsync("+85512345678", "hello");
        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM contacts WHERE opted_out_at IS NOT NULL") == 1, "the contact is marked opted out");

        await server.SendSmsAsync("+85512345678", "hello again");
        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out' AND status = 'cancelled'") == 1, "the next reply is cancelled, not sent");
        Assert.Equal(1, MessagePosts(server.Provider));
    }

    [Fact]
    public async Task Server_error_after_the_provider_created_the_message_does_not_send_it_twice()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        server.Provider!.Enqueue(FakeResponse.AcceptThenDropConnection());
        await server.SendSmsAsync("+85512345678", "hello");

        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out' AND provider_sid IS NOT NULL") == 1, "the uncertain send is settled");
        await Task.Delay(300);
        Assert.Single(server.Provider.Messages);
        Assert.Equal(1, MessagePosts(server.Provider));
        await using var db = await server.OpenDbAsync();
        var sid = await db.ExecuteScalarAsync<string>("SELECT provider_sid FROM messages WHERE direction = 'out'");
        Assert.Equal(server.Provider.Messages.Single().Sid, sid);
    }

    [Fact]
    public async Task Server_error_before_the_provider_created_the_message_is_sent_once_after_looking()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        server.Provider!.Enqueue(FakeResponse.ServerError(503));
        await server.SendSmsAsync("+85512345678", "hello");

        await HotlineTestServer.EventuallyAsync(async () => server.Provider.Messages.Count == 1, "the reply is sent after the look-up");
        await Task.Delay(300);
        Assert.Single(server.Provider.Messages);
        Assert.True(await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out' AND duplicate_suspected") == 1,
            "a resend after an uncertain outcome is reported as a possible duplicate");
    }

    [Fact]
    public async Task Replies_to_one_person_leave_in_the_order_they_were_written()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        server.Provider!.Enqueue(FakeResponse.Error(429, 20429)); // the first reply is delayed by a retry
        await server.SendSmsAsync("+85512345678", "TWICE");
        await HotlineTestServer.EventuallyAsync(async () => server.Provider.Messages.Count == 2, "both replies are sent");
        Assert.Equal(["first", "second"], server.Provider.Messages.Select(m => m.Body).ToArray());
    }

    [Fact]
    public async Task Whatsapp_reply_goes_to_the_whatsapp_address_from_our_whatsapp_address()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var sid = HotlineTestServer.NewSid();
        var form = HotlineTestServer.InboundForm("whatsapp:+85512345678", "hi", sid)
            .Select(p => p.Key == "To" ? new KeyValuePair<string, string>("To", "whatsapp:" + HotlineTestServer.OurNumber) : p).ToList();
        await server.PostSignedAsync("/twilio/sms", form);
        var sent = (await server.Provider!.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10))).Single();
        Assert.Equal("whatsapp:+85512345678", sent.To);
        Assert.Equal("whatsapp:" + HotlineTestServer.OurNumber, sent.From);
    }
}
