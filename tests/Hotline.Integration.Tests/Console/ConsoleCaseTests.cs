using System.Net;
using Dapper;
using Hotline.Integration.Tests.Cases;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Identity;
using Hotline.Storage.Protection;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.StaffConsole;

[Collection(PostgresCollection.Name)]
public sealed class ConsoleCaseTests(PostgresFixture postgres)
{
    internal const string Client = "+85512777888";

    /// <summary>Organisation A with a rota covering now, an urgent case routed to it, and a responder's account.</summary>
    internal static async Task<(HotlineTestServer Server, CaseSeed Seed, string Code, StaffAccount Responder)> UrgentCaseAsync(PostgresFixture postgres)
    {
        var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var seed = await CaseSeed.CreateAsync(server, DateTimeOffset.UtcNow);
        await server.SendSmsAsync(Client, "DANGER");
        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM cases WHERE organisation_id IS NOT NULL") == 1,
            "the urgent case is routed to organisation A");
        await using var db = await server.OpenDbAsync();
        var code = await db.ExecuteScalarAsync<string>("SELECT code FROM cases");
        var responder = await StaffAccount.CreateAsync(server, "Sample Organisation A", "srey@example.org", StaffRoles.Responder, seed.Primary);
        return (server, seed, code!, responder);
    }

    [Fact]
    public async Task Urgent_case_raised_by_sms_appears_in_the_queue()
    {
        var (server, _, code, responder) = await UrgentCaseAsync(postgres);
        await using var _s = server;
        using var browser = new ConsoleBrowser(server);
        await responder.SignInAsync(browser);

        var queue = await browser.PageAsync("/console");
        Assert.Contains($"/console/cases/{code}", queue);
        Assert.Contains("Urgent", queue);
        Assert.Contains(code, await browser.PageAsync("/console/queue?filter=unassigned"));
        Assert.DoesNotContain(code, await browser.PageAsync("/console/queue?filter=mine"));
        Assert.Contains("បន្ទាន់", await browser.PageAsync("/console?lang=km"));
        Assert.Contains("បន្ទាន់", await browser.PageAsync("/console")); // the choice is remembered
    }

    [Fact]
    public async Task Take_and_reply_send_the_reply_to_the_person_by_sms_and_close_ends_the_case()
    {
        var (server, seed, code, responder) = await UrgentCaseAsync(postgres);
        await using var _s = server;
        using var browser = new ConsoleBrowser(server);
        await responder.SignInAsync(browser);
        var page = $"/console/cases/{code}";

        Assert.Equal(HttpStatusCode.SeeOther, (await browser.SubmitAsync(page, page + "/take")).StatusCode);
        const string reply = "We have your message. Are you somewhere safe now?";
        Assert.Equal(HttpStatusCode.SeeOther, (await browser.SubmitAsync(page, page + "/reply", ("text", reply))).StatusCode);

        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == Client && m.Body == reply),
            "the person's phone receives the reply");
        var sent = server.Provider!.Messages.Single(m => m.To == Client && m.Body == reply);
        Assert.Equal(HotlineTestServer.OurNumber, sent.From);
        var casePage = await browser.PageAsync(page);
        Assert.Contains(reply, casePage);
        Assert.Contains("1 SMS segments", casePage);
        Assert.Contains("+855 •• ••• 888", WebUtility.HtmlDecode(casePage));
        Assert.DoesNotContain("12777888", WebUtility.HtmlDecode(casePage));

        Assert.Equal(HttpStatusCode.SeeOther, (await browser.SubmitAsync(page, page + "/close", ("outcome", "resolved"))).StatusCode);
        await using var db = await server.OpenDbAsync();
        var closed = await db.QuerySingleAsync<(string Status, string Outcome, long Assigned)>("SELECT status, outcome, assigned_responder_id FROM cases");
        Assert.Equal(("closed", "resolved", seed.Primary), closed);
        Assert.DoesNotContain(code, await browser.PageAsync("/console/queue"));
        var audited = (await db.QueryAsync<string>("SELECT action FROM audit_log WHERE actor = @actor ORDER BY id", new { actor = "staff:" + responder.Id })).ToList();
        Assert.Equal(["console.login.success", "case.view", "case.take", "case.view", "case.reply", "case.view", "case.view", "case.close"], audited);
    }

    [Fact]
    public async Task Counting_a_draft_shows_its_sms_segments_keeps_the_draft_and_sends_nothing()
    {
        var (server, _, code, responder) = await UrgentCaseAsync(postgres);
        await using var _s = server;
        using var browser = new ConsoleBrowser(server);
        await responder.SignInAsync(browser);
        var page = $"/console/cases/{code}";
        await browser.SubmitAsync(page, page + "/take");
        var outbound = await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out'");

        var latin = await browser.SubmitAsync(page, page + "/count", ("text", new string('a', 161)));
        var khmer = await browser.SubmitAsync(page, page + "/count", ("text", "សួស្តី តើអ្នកមានសុវត្ថិភាពទេ?"));

        var latinPage = await latin.Content.ReadAsStringAsync();
        Assert.Contains("2 SMS segments (GSM-7)", latinPage);
        Assert.Contains(new string('a', 161) + "</textarea>", latinPage);
        Assert.Contains("1 SMS segments (UCS-2)", await khmer.Content.ReadAsStringAsync());
        Assert.Equal(outbound, await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out'"));
    }

    [Fact]
    public async Task Reply_waits_when_the_person_said_contact_is_not_safe_and_has_not_written_for_an_hour()
    {
        var (server, _, code, responder) = await UrgentCaseAsync(postgres);
        await using var _s = server;
        var protector = server.Services.GetRequiredService<FieldProtector>();
        using var browser = new ConsoleBrowser(server);
        await responder.SignInAsync(browser);
        var page = $"/console/cases/{code}";
        await browser.SubmitAsync(page, page + "/take");
        await using var db = await server.OpenDbAsync();
        await db.ExecuteAsync("UPDATE cases SET safe_contact_enc = @e", new { e = protector.Encrypt("not_safe", Purposes.SafeContact) });
        await db.ExecuteAsync("UPDATE messages SET created_at = now() - interval '2 hours' WHERE direction = 'in'");
        var form = await browser.PageAsync(page); // the token, read before the reply form disappears
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"csrf\" value=\"([0-9A-F]+)\"").Groups[1].Value;
        Assert.Contains("not safe to contact", form);
        Assert.DoesNotContain("name=\"text\"", form);

        var answer = await browser.PostAsync(page + "/reply", ("text", "Are you safe?"), ("csrf", token));

        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM messages WHERE kind = 'relay'"));
        await db.ExecuteAsync("UPDATE messages SET created_at = now() - interval '10 minutes' WHERE direction = 'in'");
        Assert.Equal(HttpStatusCode.SeeOther, (await browser.SubmitAsync(page, page + "/reply", ("text", "Are you safe?"))).StatusCode);
    }

    [Fact]
    public async Task Another_organisations_user_gets_not_found_for_the_case_page_and_every_action()
    {
        var (server, _, code, _) = await UrgentCaseAsync(postgres);
        await using var _s = server;
        var other = await StaffAccount.CreateAsync(server, "Sample Organisation B", "bopha@example.org", StaffRoles.Admin);
        using var browser = new ConsoleBrowser(server);
        await other.SignInAsync(browser);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/console/cases/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/console/cases/{code.ToLowerInvariant()}")).StatusCode);
        foreach (var action in new[] { "take", "reply", "count", "close" })
            Assert.Equal(HttpStatusCode.NotFound, (await browser.SubmitAsync("/console", $"/console/cases/{code}/{action}", ("text", "x"), ("outcome", "resolved"))).StatusCode);
        Assert.DoesNotContain(code, await browser.PageAsync("/console"));
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM cases WHERE status = 'closed'"));
    }

    [Fact]
    public async Task Markup_sent_by_sms_is_shown_as_text_on_the_case_page()
    {
        var (server, _, code, responder) = await UrgentCaseAsync(postgres);
        await using var _s = server;
        string[] payloads =
        [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(2)>",
            "\"><svg onload=alert(3)>",
            "<a href=\"javascript:alert(4)\">tap</a>",
            "</textarea><iframe src=//evil.example>",
        ];
        foreach (var payload in payloads) await server.SendSmsAsync(Client, payload);
        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'in'") == 1 + payloads.Length,
            "every message is stored");
        using var browser = new ConsoleBrowser(server);
        await responder.SignInAsync(browser);

        var page = await browser.PageAsync($"/console/cases/{code}");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<img", page);
        Assert.DoesNotContain("<svg", page);
        Assert.DoesNotContain("<iframe", page);
        Assert.DoesNotContain("href=\"javascript:", page);
        // The one script is the console's own file.
        Assert.Equal(["<script src=\"/console/assets/console.js\">"], System.Text.RegularExpressions.Regex.Matches(page, "<script[^>]*>").Select(m => m.Value));
        Assert.Equal(0, System.Text.RegularExpressions.Regex.Matches(page, "</textarea>").Count - System.Text.RegularExpressions.Regex.Matches(page, "<textarea").Count);
    }

    [Fact]
    public async Task Console_responses_carry_the_security_headers()
    {
        var (server, _, code, responder) = await UrgentCaseAsync(postgres);
        await using var _s = server;
        using var browser = new ConsoleBrowser(server);
        var login = await browser.GetAsync("/console/login");
        await responder.SignInAsync(browser);

        foreach (var response in new[] { login, await browser.GetAsync("/console"), await browser.GetAsync($"/console/cases/{code}"),
                     await browser.GetAsync("/console/cases/NOPE"), await browser.GetAsync("/console/assets/console.js") })
        {
            Assert.Equal("default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
                response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }
}
