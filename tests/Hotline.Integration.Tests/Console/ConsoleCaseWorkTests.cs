using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Hotline.Domain.Conversations;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Admin;
using Hotline.Storage.Conversations;
using Hotline.Storage.Identity;
using Hotline.Storage.Protection;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.StaffConsole;

/// <summary>Case work in the console: queue filters and the urgent count, notes, number reveal, referral to another
/// organisation, follow-up tasks and the live segment count.</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class ConsoleCaseWorkTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Queue_filters_combine_in_the_query_string_and_an_urgent_case_nobody_took_is_counted_in_the_title()
    {
        var (server, seed, code, responder) = await ConsoleCaseTests.UrgentCaseAsync(postgres);
        await using var _s = server;
        await using var db = await server.OpenDbAsync();
        await db.ExecuteAsync("UPDATE cases SET need = 'wage_claim', province = 'KH-12'");
        await db.ExecuteAsync("UPDATE responders SET team = 'North' WHERE id = @id", new { id = seed.Primary });
        using var browser = new ConsoleBrowser(server);
        await responder.SignInAsync(browser);

        var queue = await browser.PageAsync("/console?need=wage_claim");
        Assert.Contains("<title>(1) Queue · Hotline</title>", queue);
        Assert.Contains($"class=\"case urgent waiting\" data-code=\"{code}\"", queue);
        Assert.Contains("data-src=\"/console/queue?filter=all&amp;need=wage_claim\"", queue);
        Assert.Contains("<option value=\"wage_claim\" selected>", queue);
        Assert.Contains("<option value=\"North\">", queue);
        Assert.Contains("data-urgent=\"1\"", await browser.PageAsync("/console/queue?need=wage_claim&province=KH-12"));
        Assert.DoesNotContain(code, await browser.PageAsync("/console/queue?need=legal_aid"));
        Assert.DoesNotContain(code, await browser.PageAsync("/console/queue?need=wage_claim&province=KH-3"));
        Assert.DoesNotContain(code, await browser.PageAsync("/console/queue?team=North")); // nobody of the team has it yet

        var page = $"/console/cases/{code}";
        await browser.SubmitAsync(page, page + "/take");
        Assert.Contains(code, await browser.PageAsync("/console/queue?filter=mine&team=North&province=KH-12"));
        Assert.DoesNotContain(code, await browser.PageAsync("/console/queue?filter=mine&team=South"));
        Assert.DoesNotContain(code, await browser.PageAsync("/console/queue?filter=unassigned&team=North"));
        var taken = await browser.PageAsync("/console");
        Assert.Contains("<title>Queue · Hotline</title>", taken);
        Assert.DoesNotContain("waiting", Regex.Match(taken, $"<li class=\"[^\"]*\" data-code=\"{code}\"").Value);
    }

    [Fact]
    public async Task A_note_is_listed_in_the_timeline_with_its_author_is_never_sent_and_is_audited()
    {
        var (server, _, code, responder) = await ConsoleCaseTests.UrgentCaseAsync(postgres);
        await using var _s = server;
        using var browser = new ConsoleBrowser(server);
        await responder.SignInAsync(browser);
        var page = $"/console/cases/{code}";
        var outbound = await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out'");

        var added = await browser.SubmitAsync(page, page + "/notes", ("note", "Called the <b>shelter</b> line; call back at 3"));

        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        var shown = await browser.PageAsync(page);
        var timeline = shown[shown.IndexOf("class=\"timeline\"", StringComparison.Ordinal)..shown.IndexOf("class=\"transcript\"", StringComparison.Ordinal)];
        Assert.Contains("Called the &lt;b&gt;shelter&lt;/b&gt; line; call back at 3", timeline);
        Assert.Contains("Note · Staff srey", timeline);
        Assert.Equal(outbound, await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out'"));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM case_events WHERE kind = 'note' AND staff_user_id = @id", new { id = responder.Id }));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'case.note' AND actor = @actor", new { actor = "staff:" + responder.Id }));
        Assert.Equal(HttpStatusCode.Conflict, (await browser.SubmitAsync(page, page + "/notes", ("note", "   "))).StatusCode);
    }

    [Fact]
    public async Task The_assigned_responder_sees_the_full_number_once_with_a_reason_and_the_reveal_is_recorded()
    {
        var (server, seed, code, responder) = await ConsoleCaseTests.UrgentCaseAsync(postgres);
        await using var _s = server;
        using var browser = new ConsoleBrowser(server);
        await responder.SignInAsync(browser);
        var page = $"/console/cases/{code}";
        Assert.DoesNotContain("/reveal", await browser.PageAsync(page)); // not assigned to them yet
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.SubmitAsync(page, page + "/reveal", ("reason", "Need to call back"))).StatusCode);
        await browser.SubmitAsync(page, page + "/take");

        var withoutReason = await browser.SubmitAsync(page, page + "/reveal", ("reason", "  "));
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("Type a reason", await withoutReason.Content.ReadAsStringAsync());
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM number_reveals"));

        var revealed = await browser.SubmitAsync(page, page + "/reveal", ("reason", "Person asked for a voice call"));

        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Equal("no-store", revealed.Headers.CacheControl?.ToString());
        var shown = WebUtility.HtmlDecode(await revealed.Content.ReadAsStringAsync());
        Assert.Contains("<strong>+855 12 777 888</strong>", shown); // grouped, to be read out or dialled
        Assert.DoesNotContain(ConsoleCaseTests.Client, shown);     // never the stored form
        Assert.DoesNotContain("+855 12 777 888", WebUtility.HtmlDecode(await browser.PageAsync(page))); // once: the page shows the masked number again
        await using var db = await server.OpenDbAsync();
        var reveal = await db.QuerySingleAsync<(long StaffUserId, byte[] ReasonEnc, long CaseId)>("SELECT staff_user_id, reason_enc, case_id FROM number_reveals");
        var protector = server.Services.GetRequiredService<FieldProtector>();
        Assert.Equal(responder.Id, reveal.StaffUserId);
        Assert.Equal("Person asked for a voice call", protector.Decrypt(reveal.ReasonEnc, Purposes.RevealReason));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'case.reveal_number' AND actor = @actor AND target = @target",
            new { actor = "staff:" + responder.Id, target = "case:" + reveal.CaseId }));

        // Another responder of the same organisation, not assigned: no form, and a posted reveal is refused.
        var other = await StaffAccount.CreateAsync(server, "Sample Organisation A", "vanna@example.org", StaffRoles.Responder, seed.Backup);
        using var second = new ConsoleBrowser(server);
        await other.SignInAsync(second);
        Assert.Contains("Only the assigned responder", await second.PageAsync(page));
        Assert.Equal(HttpStatusCode.Forbidden, (await second.SubmitAsync(page, page + "/reveal", ("reason", "Curious about it"))).StatusCode);
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM number_reveals"));
    }

    [Fact]
    public async Task A_referral_needs_consent_and_moves_the_case_to_the_receiving_organisation_which_is_paged()
    {
        var (server, _, code, _) = await ConsoleCaseTests.UrgentCaseAsync(postgres);
        await using var _s = server;
        var (receiver, receiverResponder) = await ReceivingOrganisationAsync(server);
        var coordinator = await StaffAccount.CreateAsync(server, "Sample Organisation A", "sokha@example.org", StaffRoles.Coordinator);
        var receiving = await StaffAccount.CreateAsync(server, "Sample Organisation B", "dara@example.org", StaffRoles.Coordinator);
        using var browser = new ConsoleBrowser(server);
        await coordinator.SignInAsync(browser);
        var page = $"/console/cases/{code}";
        Assert.Contains("no record of the person&#x27;s consent", await browser.PageAsync(page));

        var refused = await browser.SubmitAsync(page, page + "/refer", ("organisation", receiver.ToString()));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("no record of the person&#x27;s consent", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM case_referrals"));
        await using var db = await server.OpenDbAsync();
        await db.ExecuteAsync("UPDATE cases SET consent_to_share = false");
        Assert.Equal(HttpStatusCode.Conflict, (await browser.SubmitAsync(page, page + "/refer", ("organisation", receiver.ToString()))).StatusCode);
        await db.ExecuteAsync("UPDATE cases SET consent_to_share = true");
        Assert.Contains($"<option value=\"{receiver}\">Sample Organisation B</option>", await browser.PageAsync(page));

        var referred = await browser.SubmitAsync(page, page + "/refer", ("organisation", receiver.ToString()));

        Assert.Equal(HttpStatusCode.SeeOther, referred.StatusCode);
        Assert.DoesNotContain(code, await browser.PageAsync("/console"));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(page)).StatusCode);
        var moved = await db.QuerySingleAsync<(long Org, string Status, long? Assigned)>("SELECT organisation_id, status, assigned_responder_id FROM cases");
        Assert.Equal((receiver, "open", (long?)null), moved);
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM case_referrals WHERE to_organisation_id = @receiver", new { receiver }));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'case.refer' AND organisation_id = @org", new { org = coordinator.OrganisationId }));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'case.referral_received' AND organisation_id = @receiver", new { receiver }));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM case_events WHERE kind = 'referred'"));
        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM pages WHERE responder_id = @id", new { id = receiverResponder }) == 1,
            "the receiving organisation's on-call responder is paged");

        using var receiverBrowser = new ConsoleBrowser(server);
        await receiving.SignInAsync(receiverBrowser);
        Assert.Contains(code, await receiverBrowser.PageAsync("/console"));
        var theirs = await receiverBrowser.PageAsync(page);
        Assert.Contains("Referred here · Another organisation", theirs);
    }

    [Fact]
    public async Task Another_organisations_user_gets_not_found_on_every_case_work_route()
    {
        var (server, _, code, responder) = await ConsoleCaseTests.UrgentCaseAsync(postgres);
        await using var _s = server;
        var taskId = await FollowUpTaskAsync(server, responder.OrganisationId);
        var other = await StaffAccount.CreateAsync(server, "Sample Organisation B", "bopha@example.org", StaffRoles.Admin);
        await using var db = await server.OpenDbAsync();
        await db.ExecuteAsync("UPDATE cases SET consent_to_share = true");
        using var browser = new ConsoleBrowser(server);
        await other.SignInAsync(browser);

        foreach (var action in new[] { "notes", "reveal", "refer" })
            Assert.Equal(HttpStatusCode.NotFound, (await browser.SubmitAsync("/console", $"/console/cases/{code}/{action}",
                ("note", "x"), ("reason", "Looking at it"), ("organisation", other.OrganisationId.ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.SubmitAsync("/console", $"/console/tasks/{taskId}/done")).StatusCode);
        Assert.DoesNotContain("Wants to talk", await browser.PageAsync("/console/tasks"));
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM case_events WHERE kind IN ('note', 'referred')"));
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM number_reveals"));
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM followup_tasks WHERE done_at IS NOT NULL"));
        Assert.Equal(responder.OrganisationId, await db.ExecuteScalarAsync<long>("SELECT organisation_id FROM cases"));
    }

    [Fact]
    public async Task Follow_up_tasks_are_listed_with_a_masked_client_and_marking_one_done_is_audited()
    {
        var (server, _, _, responder) = await ConsoleCaseTests.UrgentCaseAsync(postgres);
        await using var _s = server;
        var taskId = await FollowUpTaskAsync(server, responder.OrganisationId);
        using var browser = new ConsoleBrowser(server);
        await responder.SignInAsync(browser);
        Assert.Contains("href=\"/console/tasks\"", await browser.PageAsync("/console"));

        var tasks = WebUtility.HtmlDecode(await browser.PageAsync("/console/tasks"));
        Assert.Contains("Wants to talk", tasks);
        Assert.Contains("+855 •• ••• 555", tasks);
        Assert.DoesNotContain("12444555", tasks);
        Assert.Contains("Case worker: responder", tasks);

        var done = await browser.SubmitAsync("/console/tasks", $"/console/tasks/{taskId}/done");

        Assert.Equal(HttpStatusCode.SeeOther, done.StatusCode);
        Assert.Contains("No open follow-up tasks.", await browser.PageAsync("/console/tasks"));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM followup_tasks WHERE done_at IS NOT NULL"));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'task.done' AND target = @target AND actor = @actor",
            new { target = "followup_task:" + taskId, actor = "staff:" + responder.Id }));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.SubmitAsync("/console/tasks", $"/console/tasks/{taskId}/done")).StatusCode);
    }

    [Fact]
    public async Task The_reply_box_gets_its_segment_count_while_typing_from_the_script_without_inline_script()
    {
        var (server, _, code, responder) = await ConsoleCaseTests.UrgentCaseAsync(postgres);
        await using var _s = server;
        using var browser = new ConsoleBrowser(server);
        await responder.SignInAsync(browser);
        var page = $"/console/cases/{code}";
        await browser.SubmitAsync(page, page + "/take");
        var html = await browser.PageAsync(page);
        Assert.Contains($"data-count=\"/console/cases/{code}/count\"", html);
        Assert.Contains("id=\"segment-count\"", html);
        Assert.Contains("<script src=\"/console/assets/console.js\"></script>", html);
        Assert.Single(Regex.Matches(html, "<script"));
        var script = await (await browser.GetAsync("/console/assets/console.js")).Content.ReadAsStringAsync();
        Assert.Contains("segment-count", script);
        Assert.Contains("data-count", script);

        // What the script does on a key press: posts the draft with its form token and shows the answer.
        var token = CsrfToken().Match(html).Groups[1].Value;
        var latin = await browser.PostFetchAsync(page + "/count", ("text", new string('a', 161)), ("csrf", token));
        var khmer = await browser.PostFetchAsync(page + "/count", ("text", "សួស្តី"), ("csrf", token));

        Assert.Equal("2 SMS segments (GSM-7)", await latin.Content.ReadAsStringAsync());
        Assert.Equal("1 SMS segments (UCS-2)", await khmer.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostFetchAsync(page + "/count", ("text", "a"))).StatusCode);
    }

    /// <summary>Organisation B with one responder on a primary shift covering now; returns both ids.</summary>
    private static async Task<(long Organisation, long Responder)> ReceivingOrganisationAsync(HotlineTestServer server)
    {
        var protector = server.Services.GetRequiredService<FieldProtector>();
        var key = ChannelNames.LookupKey(Channel.Sms, "+85511000009");
        await using var db = await server.OpenDbAsync();
        var org = await db.ExecuteScalarAsync<long>(
            "INSERT INTO organisations (name, needs, provinces, created_at) VALUES ('Sample Organisation B', '{wage_claim}', '{all}', now()) RETURNING id");
        var contact = await db.ExecuteScalarAsync<long>(
            "INSERT INTO contacts (channel, address_hash, address_enc, created_at) VALUES ('sms', @h, @e, now()) RETURNING id",
            new { h = protector.LookupHash(key), e = protector.Encrypt(key, Purposes.ContactAddress) });
        var responder = await db.ExecuteScalarAsync<long>(
            """
            INSERT INTO responders (organisation_id, contact_id, name, role, languages, provinces, services, pin_hash, created_at)
            VALUES (@org, @contact, 'receiver', 'responder', '{en}', '{all}', '{wage_claim}', @pin, now()) RETURNING id
            """, new { org, contact, pin = ResponderPin.Hash("4321") });
        await db.ExecuteAsync("INSERT INTO shifts (organisation_id, responder_id, role, starts_at, ends_at) VALUES (@org, @responder, 'primary', now() - interval '1 hour', now() + interval '11 hours')",
            new { org, responder });
        return (org, responder);
    }

    /// <summary>A check-in client of the organisation (sample number) with one open "need to talk" task; returns the task id.</summary>
    private static async Task<long> FollowUpTaskAsync(HotlineTestServer server, long organisationId)
    {
        var protector = server.Services.GetRequiredService<FieldProtector>();
        var key = ChannelNames.LookupKey(Channel.Sms, "+85512444555");
        await using var db = await server.OpenDbAsync();
        var contact = await db.ExecuteScalarAsync<long>(
            "INSERT INTO contacts (channel, address_hash, address_enc, created_at) VALUES ('sms', @h, @e, now()) RETURNING id",
            new { h = protector.LookupHash(key), e = protector.Encrypt(key, Purposes.ContactAddress) });
        var worker = await db.ExecuteScalarAsync<long>("SELECT id FROM responders WHERE organisation_id = @organisationId AND role = 'responder' ORDER BY id LIMIT 1",
            new { organisationId });
        var enrolment = await db.ExecuteScalarAsync<long>(
            """
            INSERT INTO enrolments (organisation_id, contact_id, case_worker_id, language, plan, reintegrated_on, safe_days, safe_from, safe_to, time_zone,
                                    consent_by, consent_at, consent_how, status, created_at)
            VALUES (@organisationId, @contact, @worker, 'en', 'standard', current_date - 30, '{1,2,3,4,5}', '09:00', '17:00', 'Asia/Phnom_Penh',
                    'case worker', now(), 'in person', 'active', now())
            RETURNING id
            """, new { organisationId, contact, worker });
        return await db.ExecuteScalarAsync<long>(
            "INSERT INTO followup_tasks (organisation_id, enrolment_id, kind, created_at) VALUES (@organisationId, @enrolment, 'need_to_talk', now() - interval '2 hours') RETURNING id",
            new { organisationId, enrolment });
    }

    [GeneratedRegex("name=\"csrf\" value=\"([0-9A-F]+)\"")]
    private static partial Regex CsrfToken();
}
