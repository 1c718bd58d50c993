using System.Security.Cryptography;
using Dapper;
using Hotline.Domain.Conversations;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Admin;
using Hotline.Storage.Conversations;
using Hotline.Storage.Protection;
using Hotline.Testing.FakeProvider;
using Hotline.Twilio;
using Npgsql;

namespace Hotline.Integration.Tests.Crash;

/// <summary>
/// Two server processes on one database, both running the clustered Quartz scheduler. An urgent message pages the
/// primary; the node that paged is then killed with SIGKILL; after the acknowledgement timeout the surviving node's
/// scheduler pages the backup — exactly once across the cluster.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoNodeEscalationTests(PostgresFixture postgres)
{
    private const string Primary = "+85511100001";
    private const string Backup = "+85511100002";

    [Fact]
    public async Task Killing_a_node_mid_escalation_still_pages_the_backup_exactly_once()
    {
        var connectionString = await postgres.Cluster.CreateDatabaseAsync("cluster");
        var key = RandomNumberGenerator.GetBytes(32);
        await using var provider = await FakeProvider.StartAsync(HotlineTestServer.AccountSid, HotlineTestServer.AuthToken);
        var portA = ServerProcess.FreePort();
        var portB = ServerProcess.FreePort();
        Dictionary<string, string> Environment(int port) => new()
        {
            ["ConnectionStrings__Hotline"] = connectionString,
            ["Hotline__EncryptionKey"] = Convert.ToBase64String(key),
            ["Hotline__PublicBaseUrl"] = $"http://127.0.0.1:{port}",
            ["Hotline__Outbox__PollMilliseconds"] = "100",
            ["Hotline__Scheduler__TickSeconds"] = "1",
            ["Twilio__AccountSid"] = HotlineTestServer.AccountSid,
            ["Twilio__AuthToken"] = HotlineTestServer.AuthToken,
            ["Twilio__ApiBaseUrl"] = provider.BaseUrl.ToString().TrimEnd('/'),
            ["Twilio__From"] = HotlineTestServer.OurNumber,
        };

        await using var nodeA = await ServerProcess.StartAsync(Environment(portA), portA);
        await using var nodeB = await ServerProcess.StartAsync(Environment(portB), portB);
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await SeedAsync(db, new FieldProtector(key));

        // The urgent message reaches node A, which pages the primary at once.
        using (var http = new HttpClient { BaseAddress = new Uri(nodeA.Url) })
        {
            var form = HotlineTestServer.InboundForm("+85512555444", "ជួយខ្ញុំផង", HotlineTestServer.NewSid());
            var request = new HttpRequestMessage(HttpMethod.Post, "/twilio/sms") { Content = new FormUrlEncodedContent(form) };
            request.Headers.Add("X-Twilio-Signature", RequestValidator.ComputeSignature(nodeA.Url + "/twilio/sms", form, HotlineTestServer.AuthToken));
            Assert.True((await http.SendAsync(request)).IsSuccessStatusCode);
        }
        await provider.WaitForMessagesAsync(1, TimeSpan.FromSeconds(20));
        await WaitUntilAsync(() => provider.Messages.Any(m => m.To == Primary), TimeSpan.FromSeconds(20), "the primary is paged");
        await nodeA.KillAsync();

        // 30 s acknowledgement timeout, then Quartz on node B (taking over node A's work if it must) pages the backup.
        await WaitUntilAsync(() => provider.Messages.Any(m => m.To == Backup), TimeSpan.FromSeconds(120), "the backup is paged by the surviving node");
        await Task.Delay(TimeSpan.FromSeconds(5)); // more ticks fire on node B: none may page again
        Assert.Equal(1, provider.Messages.Count(m => m.To == Primary));
        Assert.Equal(1, provider.Messages.Count(m => m.To == Backup));
        Assert.Equal(2L, await db.ExecuteScalarAsync<long>("SELECT count(*) FROM pages"));
    }

    private static async Task SeedAsync(NpgsqlConnection db, FieldProtector protector)
    {
        var org = await db.ExecuteScalarAsync<long>(
            "INSERT INTO organisations (name, ack_timeout_seconds, repeat_limit, created_at) VALUES ('Sample Organisation C', 30, 1, now()) RETURNING id");
        foreach (var (phone, role) in new[] { (Primary, "primary"), (Backup, "backup") })
        {
            var lookup = ChannelNames.LookupKey(Channel.Sms, phone);
            var contact = await db.ExecuteScalarAsync<long>(
                "INSERT INTO contacts (channel, address_hash, address_enc, created_at) VALUES ('sms', @h, @e, now()) RETURNING id",
                new { h = protector.LookupHash(lookup), e = protector.Encrypt(lookup, Purposes.ContactAddress) });
            var responder = await db.ExecuteScalarAsync<long>(
                "INSERT INTO responders (organisation_id, contact_id, name, role, languages, pin_hash, created_at) VALUES (@org, @contact, @role, 'responder', '{en}', @pin, now()) RETURNING id",
                new { org, contact, role, pin = ResponderPin.Hash("4321") });
            await db.ExecuteAsync("INSERT INTO shifts (organisation_id, responder_id, role, starts_at, ends_at) VALUES (@org, @responder, @role, now() - interval '1 hour', now() + interval '8 hours')",
                new { org, responder, role });
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string because)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out: {because}");
            await Task.Delay(200);
        }
    }
}
