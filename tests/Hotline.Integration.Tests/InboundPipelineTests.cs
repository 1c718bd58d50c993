using System.Net;
using Dapper;
using Hotline.Integration.Tests.Support;

namespace Hotline.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class InboundPipelineTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Same_message_sid_posted_twice_is_stored_once_and_answered_once()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var sid = HotlineTestServer.NewSid();
        Assert.Equal(HttpStatusCode.OK, (await server.SendSmsAsync("+85512345678", "hello", sid)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.SendSmsAsync("+85512345678", "hello", sid)).StatusCode);

        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Count >= 1, "the reply reaches the provider");
        await Task.Delay(300);
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'in'"));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out'"));
        Assert.Single(server.Provider!.Messages);
    }

    [Fact]
    public async Task Same_message_sid_posted_concurrently_is_stored_once_and_answered_once()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var sid = HotlineTestServer.NewSid();
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => server.SendSmsAsync("+85512345678", "hello", sid)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Count >= 1, "the reply reaches the provider");
        await Task.Delay(300);
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'in'"));
        Assert.Single(server.Provider!.Messages);
        Assert.Equal("echo 1: hello", server.Provider.Messages.Single().Body);
    }

    [Fact]
    public async Task Ten_concurrent_messages_from_one_number_are_processed_in_arrival_order_with_one_reply_each()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var bodies = Enumerable.Range(1, 10).Select(i => $"m{i}").ToList();
        var responses = await Task.WhenAll(bodies.Select(b => server.SendSmsAsync("+85512345678", b)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Count >= 10, "ten replies reach the provider");
        // The engine numbers each message as it processes it: the n-th processed message gets "echo n".
        // Arrival order = the order the messages were stored (ids); processing must follow it exactly.
        await using var db = await server.OpenDbAsync();
        var inboundIds = (await db.QueryAsync<long>("SELECT id FROM messages WHERE direction = 'in' ORDER BY id")).ToList();
        var replies = (await db.QueryAsync<(long InReplyTo, long Id)>("SELECT in_reply_to, id FROM messages WHERE direction = 'out' ORDER BY id")).ToList();
        Assert.Equal(10, replies.Count);
        Assert.Equal(inboundIds, replies.Select(r => r.InReplyTo).ToList());

        var sent = server.Provider!.Messages.Select(m => m.Body).ToList();
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"echo {n}:").ToList(), sent.Select(b => b[..(b.IndexOf(':') + 1)]).ToList());
        Assert.Equal(10, sent.Select(b => b[(b.IndexOf(':') + 2)..]).Distinct().Count());
    }

    [Fact]
    public async Task A_failing_conversation_step_still_stores_the_message_and_answers_200()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var response = await server.SendSmsAsync("+85512345678", "BOOM");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'in' AND status = 'failed'"));
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out'"));

        // The contact is not stuck: the next message is handled normally.
        await server.SendSmsAsync("+85512345678", "hello again");
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Count == 1, "the next message is answered");
    }

    [Fact]
    public async Task Stop_cancels_queued_messages_and_nothing_more_is_sent_until_start()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(),
            settings: s => s["Hotline:Outbox:MessagesPerSecond"] = "0.2"); // slow sender: replies wait in the outbox
        await server.SendSmsAsync("+85512345678", "TWICE");
        await server.SendSmsAsync("+85512345678", "STOP");
        await server.SendSmsAsync("+85512345678", "are you there?");
        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync(
            "SELECT count(*) FROM messages WHERE direction = 'out' AND status IN ('pending', 'dispatching')") == 0, "the outbox settles", 15_000);

        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM contacts WHERE opted_out_at IS NOT NULL"));
        Assert.True(server.Provider!.Messages.Count <= 1, "at most the message already being handed over when STOP arrived");
        Assert.DoesNotContain(server.Provider.Messages, m => m.Body.Contains("are you there"));
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out' AND status IN ('pending', 'dispatching')"));
    }

    [Fact]
    public async Task Quick_exit_cancels_everything_still_waiting_for_that_number()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(),
            settings: s => s["Hotline:Outbox:MessagesPerSecond"] = "0.2");
        await server.SendSmsAsync("+85512345678", "TWICE");
        await server.SendSmsAsync("+85512345678", "EXIT");
        await Task.Delay(1000);
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out' AND status = 'pending'"));
        Assert.True(await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out' AND status = 'cancelled'") >= 1);
    }
}
