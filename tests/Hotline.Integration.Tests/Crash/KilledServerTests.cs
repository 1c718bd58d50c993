using System.Security.Cryptography;
using Dapper;
using Hotline.Integration.Tests.Support;
using Hotline.Testing.FakeProvider;
using Hotline.Twilio;
using Npgsql;

namespace Hotline.Integration.Tests.Crash;

/// <summary>
/// The server process is killed with SIGKILL while the provider is receiving a stream of sends, then restarted on
/// the same database. Every outbox message must reach the provider exactly once; the only allowed exception is a
/// message resent after an uncertain attempt the look-up could not settle, and that one must be reported
/// (duplicate_suspected) — at most twice, never silently.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class KilledServerTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Every_outbox_message_reaches_the_provider_once_after_the_server_is_killed_mid_stream()
    {
        var connectionString = await postgres.Cluster.CreateDatabaseAsync("crash");
        await using var provider = await FakeProvider.StartAsync(HotlineTestServer.AccountSid, HotlineTestServer.AuthToken);
        // Every provider answer takes a while, so sends are in flight when the process dies.
        provider.Enqueue(Enumerable.Range(0, 400).Select(_ => FakeResponse.Delay(TimeSpan.FromMilliseconds(150))).ToArray());
        var port = ServerProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Hotline"] = connectionString,
            ["Hotline__EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Hotline__PublicBaseUrl"] = $"http://127.0.0.1:{port}",
            ["Hotline__Outbox__MessagesPerSecond"] = "20",
            ["Hotline__Outbox__LeaseSeconds"] = "5",
            ["Hotline__Outbox__BaseBackoffSeconds"] = "0.05",
            ["Hotline__Outbox__PollMilliseconds"] = "50",
            ["Twilio__AccountSid"] = HotlineTestServer.AccountSid,
            ["Twilio__AuthToken"] = HotlineTestServer.AuthToken,
            ["Twilio__ApiBaseUrl"] = provider.BaseUrl.ToString().TrimEnd('/'),
            ["Twilio__From"] = HotlineTestServer.OurNumber,
        };

        await using var server = await ServerProcess.StartAsync(environment, port);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        const int people = 80;
        await Parallel.ForEachAsync(Enumerable.Range(0, people), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var form = HotlineTestServer.InboundForm($"+8551200{i:D4}", "hello", HotlineTestServer.NewSid());
            var request = new HttpRequestMessage(HttpMethod.Post, "/twilio/sms") { Content = new FormUrlEncodedContent(form) };
            request.Headers.Add("X-Twilio-Signature", RequestValidator.ComputeSignature(server.Url + "/twilio/sms", form, HotlineTestServer.AuthToken));
            Assert.True((await http.SendAsync(request, ct)).IsSuccessStatusCode);
        });

        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        var outbound = await db.ExecuteScalarAsync<long>("SELECT count(*) FROM messages WHERE direction = 'out'");
        Assert.True(outbound >= people, "every message got at least one reply queued before the kill");

        // Kill while the provider is part-way through the stream.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (provider.Messages.Count < outbound / 4 && DateTime.UtcNow < deadline) await Task.Delay(10);
        await server.KillAsync();
        var atKill = provider.Messages.Count;
        Assert.True(atKill < outbound, $"the kill came mid-stream ({atKill} of {outbound} sent)");

        await using var restarted = await ServerProcess.StartAsync(environment, port);
        deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline &&
               await db.ExecuteScalarAsync<long>("SELECT count(*) FROM messages WHERE direction = 'out' AND provider_sid IS NULL") > 0)
            await Task.Delay(200);

        var rows = (await db.QueryAsync<(long Id, string Sid, bool DuplicateSuspected)>(
            "SELECT id, provider_sid, duplicate_suspected FROM messages WHERE direction = 'out'")).ToList();
        Assert.All(rows, r => Assert.NotNull(r.Sid));
        var sentSids = provider.Messages.Select(m => m.Sid).ToHashSet();
        Assert.All(rows, r => Assert.Contains(r.Sid, sentSids));

        // Provider messages per (recipient, body): one each, or two only where we reported the possible duplicate.
        var perRecipient = provider.Messages.GroupBy(m => (m.To, m.Body)).ToDictionary(g => g.Key, g => g.Count());
        var extra = provider.Messages.Count - rows.Count;
        var reported = rows.Count(r => r.DuplicateSuspected);
        Assert.True(extra <= reported, $"{extra} extra provider messages but only {reported} reported as possible duplicates");
        Assert.All(perRecipient.Values, count => Assert.InRange(count, 1, 2));
    }
}
