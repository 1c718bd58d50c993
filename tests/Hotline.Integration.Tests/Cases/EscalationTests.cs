using Dapper;
using Hotline.Integration.Tests.Support;
using Hotline.Server.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.Cases;

[Collection(PostgresCollection.Name)]
public sealed class EscalationTests(PostgresFixture postgres)
{
    private const string Client = "+85512777888";
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 19, 0, 0, TimeSpan.Zero); // 02:00 in Phnom Penh

    private static Task<HotlineTestServer> StartAsync(PostgresFixture postgres, ManualTime time) =>
        HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(), time: time,
            settings: s => s["Hotline:Scheduler:Enabled"] = "false"); // the test drives the timer itself

    private static async Task<List<(long ResponderId, int Step, string Code, string CaseCode)>> PagesAsync(HotlineTestServer server)
    {
        await using var db = await server.OpenDbAsync();
        return (await db.QueryAsync<(long, int, string, string)>(
            "SELECT p.responder_id, p.step, p.code, c.code FROM pages p JOIN cases c ON c.id = p.case_id ORDER BY p.id")).ToList();
    }

    [Fact]
    public async Task Urgent_message_pages_the_primary_on_call_within_a_second_without_the_clients_words_or_number()
    {
        var time = new ManualTime(Start);
        await using var server = await StartAsync(postgres, time);
        var seed = await CaseSeed.CreateAsync(server, Start);

        var sent = DateTime.UtcNow;
        await server.SendSmsAsync(Client, "DANGER");
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == CaseSeed.PrimaryPhone), "the primary's phone receives the page", 5_000);
        Assert.True(DateTime.UtcNow - sent < TimeSpan.FromSeconds(1), "page sent within a second");

        var page = server.Provider!.Messages.Single(m => m.To == CaseSeed.PrimaryPhone);
        Assert.DoesNotContain("777888", page.Body);
        Assert.DoesNotContain("DANGER", page.Body);
        Assert.Contains("ACK", page.Body);
        Assert.Equal(seed.Primary, (await PagesAsync(server)).Single().ResponderId);
        Assert.Contains(server.Provider.Messages, m => m.To == Client && m.Body == "stay safe");
    }

    [Fact]
    public async Task Backup_is_paged_when_the_timeout_passes_without_an_ack_and_the_coordinator_after_the_next_step()
    {
        var time = new ManualTime(Start);
        await using var server = await StartAsync(postgres, time);
        var seed = await CaseSeed.CreateAsync(server, Start, ackTimeoutSeconds: 300);
        var escalation = server.Services.GetRequiredService<EscalationService>();
        await server.SendSmsAsync(Client, "DANGER");
        await HotlineTestServer.EventuallyAsync(async () => (await PagesAsync(server)).Count == 1, "the primary is paged");

        time.Advance(TimeSpan.FromSeconds(295));
        await escalation.RunDueAsync(CancellationToken.None);
        Assert.Single(await PagesAsync(server)); // 5 s early: nobody else yet

        time.Advance(TimeSpan.FromSeconds(5));
        await escalation.RunDueAsync(CancellationToken.None);
        var pages = await PagesAsync(server);
        Assert.Equal([seed.Primary, seed.Backup], pages.Select(p => p.ResponderId).ToArray());

        time.Advance(TimeSpan.FromSeconds(300));
        await escalation.RunDueAsync(CancellationToken.None);
        pages = await PagesAsync(server);
        Assert.Contains(pages, p => p.ResponderId == seed.Coordinator && p.Step == 3);
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == CaseSeed.CoordinatorPhone), "the coordinator's phone receives the page");
    }

    [Fact]
    public async Task Ack_with_the_page_code_takes_the_case_and_stops_the_chain()
    {
        var time = new ManualTime(Start);
        await using var server = await StartAsync(postgres, time);
        var seed = await CaseSeed.CreateAsync(server, Start);
        var escalation = server.Services.GetRequiredService<EscalationService>();
        await server.SendSmsAsync(Client, "DANGER");
        await HotlineTestServer.EventuallyAsync(async () => (await PagesAsync(server)).Count == 1, "the primary is paged");
        var page = (await PagesAsync(server)).Single();

        await server.SendSmsAsync(CaseSeed.PrimaryPhone, $"ack {page.CaseCode.ToLowerInvariant()} {page.Code}");
        Assert.Equal(seed.Primary, await server.CountAsync("SELECT assigned_responder_id FROM cases"));

        time.Advance(TimeSpan.FromMinutes(30));
        await escalation.RunDueAsync(CancellationToken.None);
        Assert.Single(await PagesAsync(server));
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == CaseSeed.PrimaryPhone && m.Body.Contains(page.CaseCode) && !m.Body.Contains("ACK")), "the responder is told the case is theirs");
    }

    [Fact]
    public async Task A_duplicate_timer_firing_pages_the_backup_once()
    {
        var time = new ManualTime(Start);
        await using var server = await StartAsync(postgres, time);
        var seed = await CaseSeed.CreateAsync(server, Start);
        var escalation = server.Services.GetRequiredService<EscalationService>();
        await server.SendSmsAsync(Client, "DANGER");
        await HotlineTestServer.EventuallyAsync(async () => (await PagesAsync(server)).Count == 1, "the primary is paged");

        time.Advance(TimeSpan.FromMinutes(5));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => escalation.RunDueAsync(CancellationToken.None)));
        await escalation.RunDueAsync(CancellationToken.None);
        Assert.Equal(1, (await PagesAsync(server)).Count(p => p.ResponderId == seed.Backup));
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Count(m => m.To == CaseSeed.BackupPhone) == 1, "one page reaches the backup");
        await Task.Delay(300);
        Assert.Equal(1, server.Provider!.Messages.Count(m => m.To == CaseSeed.BackupPhone));
    }

    [Fact]
    public async Task Ack_without_a_code_or_from_an_unregistered_number_does_not_take_the_case()
    {
        var time = new ManualTime(Start);
        await using var server = await StartAsync(postgres, time);
        await CaseSeed.CreateAsync(server, Start);
        await server.SendSmsAsync(Client, "DANGER");
        await HotlineTestServer.EventuallyAsync(async () => (await PagesAsync(server)).Count == 1, "the primary is paged");
        var page = (await PagesAsync(server)).Single();

        await server.SendSmsAsync(CaseSeed.PrimaryPhone, $"ACK {page.CaseCode}");                 // no code
        await server.SendSmsAsync(CaseSeed.PrimaryPhone, $"ACK {page.CaseCode} 0000");            // wrong code
        await server.SendSmsAsync("+85599999999", $"ACK {page.CaseCode} {page.Code}");           // not a responder
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM cases WHERE status = 'assigned'"));
        Assert.Contains(server.Logs.Lines, l => l.Contains("without a valid PIN or page code"));
    }

    [Fact]
    public async Task Two_responders_acking_at_once_one_wins_and_the_other_is_told()
    {
        var time = new ManualTime(Start);
        await using var server = await StartAsync(postgres, time);
        var seed = await CaseSeed.CreateAsync(server, Start);
        await server.SendSmsAsync(Client, "DANGER");
        await HotlineTestServer.EventuallyAsync(async () => (await PagesAsync(server)).Count == 1, "the primary is paged");
        var code = (await PagesAsync(server)).Single().CaseCode;

        await Task.WhenAll(
            server.SendSmsAsync(CaseSeed.PrimaryPhone, $"ACK {code} {CaseSeed.Pin}"),
            server.SendSmsAsync(CaseSeed.BackupPhone, $"ACK {code} {CaseSeed.Pin}"));
        var winner = await server.CountAsync("SELECT assigned_responder_id FROM cases");
        Assert.Contains(winner, new[] { seed.Primary, seed.Backup });
        var loserPhone = winner == seed.Primary ? CaseSeed.BackupPhone : CaseSeed.PrimaryPhone;
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == loserPhone && m.Body.Contains(code)), "the other responder is told");
    }

    [Fact]
    public async Task Client_and_responder_talk_through_the_hotline_number_after_the_ack()
    {
        var time = new ManualTime(Start);
        await using var server = await StartAsync(postgres, time);
        await CaseSeed.CreateAsync(server, Start);
        await server.SendSmsAsync(Client, "DANGER");
        await HotlineTestServer.EventuallyAsync(async () => (await PagesAsync(server)).Count == 1, "the primary is paged");
        var page = (await PagesAsync(server)).Single();
        await server.SendSmsAsync(CaseSeed.PrimaryPhone, $"ACK {page.CaseCode} {page.Code}");

        await server.SendSmsAsync(CaseSeed.PrimaryPhone, $"R {page.CaseCode} Where are you now? ខ្ញុំនៅទីនេះ");
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == Client && m.Body == "Where are you now? ខ្ញុំនៅទីនេះ"), "the client receives the responder's words");
        var toClient = server.Provider!.Messages.Single(m => m.To == Client && m.Body.StartsWith("Where"));
        Assert.Equal(HotlineTestServer.OurNumber, toClient.From);

        await server.SendSmsAsync(Client, "at the port, blue boat");
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == CaseSeed.PrimaryPhone && m.Body == $"[{page.CaseCode}] at the port, blue boat"), "the responder receives the client's words");
        Assert.DoesNotContain(server.Provider.Messages, m => m.To == Client && m.Body.StartsWith("echo") && m.Body.Contains("blue boat"));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM cases WHERE first_reply_at IS NOT NULL"));
    }

    [Fact]
    public async Task Help_request_becomes_a_case_at_the_organisation_covering_the_need_and_is_offered_to_a_responder()
    {
        var time = new ManualTime(Start);
        await using var server = await StartAsync(postgres, time);
        var seed = await CaseSeed.CreateAsync(server, Start);
        await server.SendSmsAsync(Client, "NEEDHELP");
        await HotlineTestServer.EventuallyAsync(async () => (await PagesAsync(server)).Count == 1, "a responder is offered the help request");
        await using var db = await server.OpenDbAsync();
        var row = await db.QuerySingleAsync<(string Kind, long Org, string Need, string Province)>("SELECT kind, organisation_id, need, province FROM cases");
        Assert.Equal(("help", seed.OrganisationId, "wage_claim", "KH-12"), row);
    }

    [Fact]
    public async Task A_responder_cannot_write_first_to_a_client_who_said_contact_is_not_safe()
    {
        var time = new ManualTime(Start);
        await using var server = await StartAsync(postgres, time);
        await CaseSeed.CreateAsync(server, Start);
        await server.SendSmsAsync(Client, "NOTSAFEHELP");
        await HotlineTestServer.EventuallyAsync(async () => (await PagesAsync(server)).Count == 1, "a responder is offered the help request");
        var page = (await PagesAsync(server)).Single();
        var phone = page.ResponderId == (await server.CountAsync("SELECT min(id) FROM responders")) ? CaseSeed.PrimaryPhone : CaseSeed.BackupPhone;
        await server.SendSmsAsync(phone, $"ACK {page.CaseCode} {page.Code}");

        time.Advance(TimeSpan.FromHours(2));
        await server.SendSmsAsync(phone, $"R {page.CaseCode} #{page.Code} hello, can we talk?");
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == phone && m.Body.Contains("not safe")), "the responder is told why");
        Assert.DoesNotContain(server.Provider!.Messages, m => m.To == Client && m.Body.Contains("can we talk"));

        await server.SendSmsAsync(Client, "I can talk now");          // the client writes again: replies may flow
        await server.SendSmsAsync(phone, $"R {page.CaseCode} #{page.Code} hello, can we talk?");
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == Client && m.Body.Contains("can we talk")), "the reply reaches the client once they wrote");
    }
}
