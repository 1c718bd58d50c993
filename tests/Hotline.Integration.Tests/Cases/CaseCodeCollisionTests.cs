using System.Net;
using Dapper;
using Hotline.Integration.Tests.Support;
using Hotline.Server.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.Cases;

/// <summary>A new case that draws a code another case already has must not cost the message that opened it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CaseCodeCollisionTests(PostgresFixture postgres)
{
    private const string Client = "+85512777999";

    [Fact]
    public async Task A_case_code_collision_still_stores_the_message_opens_the_case_and_answers_200()
    {
        var drawn = new Queue<string>(["ZZZZZ", "ZZZZZ", "YYYYY"]);
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(),
            settings: s => s["Hotline:Scheduler:Enabled"] = "false",
            services: s => s.AddSingleton(new CaseCodeSource(() => drawn.Count > 0 ? drawn.Dequeue() : CaseCodes.NewCaseCode())));
        await CaseSeed.CreateAsync(server, DateTimeOffset.UtcNow);
        await using (var db = await server.OpenDbAsync())
        {
            var other = await db.ExecuteScalarAsync<long>(
                "INSERT INTO contacts (channel, address_hash, address_enc, created_at) VALUES ('sms', '\\x01', '\\x01', now()) RETURNING id");
            await db.ExecuteAsync("INSERT INTO cases (code, contact_id, kind, status, opened_at) VALUES ('ZZZZZ', @other, 'help', 'open', now())", new { other });
        }

        var response = await server.SendSmsAsync(Client, "DANGER");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'in' AND status = 'processed'"));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM cases WHERE code = 'YYYYY' AND kind = 'urgent'"));
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == Client && m.Body == "stay safe"),
            "the person gets the reply once");
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == CaseSeed.PrimaryPhone),
            "the urgent case is paged");
        Assert.Single(server.Provider!.Messages, m => m.To == Client);
        Assert.Equal(2, server.Logs.Lines.Count(l => l.Contains("A new case drew a code already in use")));
    }
}
