using System.Diagnostics.Metrics;
using System.Net;
using Dapper;
using Hotline.Domain.Conversations;
using Hotline.Integration.Tests.StaffConsole;
using Hotline.Integration.Tests.Support;
using Hotline.Server.Cases;
using Hotline.Server.StaffConsole;
using Hotline.Storage.Conversations;
using Hotline.Storage.Identity;
using Hotline.Storage.Protection;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.Cases;

/// <summary>
/// An urgent message when no organisation has anyone on call: the case waits in the intake queue of every
/// coordinator of every organisation, the fallback list is paged, the person gets the emergency numbers; a
/// coordinator takes it into their organisation. An escalation chain that runs out is a banner and a counter.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class UrgentIntakeTests(PostgresFixture postgres)
{
    private const string ThaiClient = "+66812345670";
    private const string FallbackPhone = "+85511000009";
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 19, 0, 0, TimeSpan.Zero);

    private static Task<HotlineTestServer> StartAsync(PostgresFixture postgres, ManualTime time) =>
        HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(), time: time, settings: s => s["Hotline:Scheduler:Enabled"] = "false");

    /// <summary>A responder of organisation B, on the hotline-wide fallback list (marked the way a coordinator does).</summary>
    private static async Task<long> FallbackResponderAsync(HotlineTestServer server, long organisationId)
    {
        var protector = server.Services.GetRequiredService<FieldProtector>();
        await using var db = await server.OpenDbAsync();
        var key = ChannelNames.LookupKey(Channel.Sms, FallbackPhone);
        var contact = await db.ExecuteScalarAsync<long>(
            "INSERT INTO contacts (channel, address_hash, address_enc, created_at) VALUES ('sms', @h, @e, now()) RETURNING id",
            new { h = protector.LookupHash(key), e = protector.Encrypt(key, Purposes.ContactAddress) });
        return await db.ExecuteScalarAsync<long>(
            """
            INSERT INTO responders (organisation_id, contact_id, name, role, languages, provinces, services, created_at)
            VALUES (@organisationId, @contact, 'Duty manager B', 'coordinator', '{en}', '{all}', '{}', now()) RETURNING id
            """, new { organisationId, contact });
    }

    private static StaffUser Staff(StaffAccount account, string role, long? responderId = null) =>
        new(account.Id, account.OrganisationId, account.Email, "Staff", role, responderId);

    [Fact]
    public async Task With_nobody_on_call_an_urgent_case_waits_in_every_coordinators_intake_the_fallback_is_paged_and_the_person_gets_emergency_numbers()
    {
        var time = new ManualTime(Start);
        await using var server = await StartAsync(postgres, time);
        using var unrouted = new CounterListener("hotline.urgent.unrouted");
        var seed = await CaseSeed.CreateAsync(server, Start);
        await using (var db = await server.OpenDbAsync()) await db.ExecuteAsync("DELETE FROM shifts"); // nobody on call anywhere
        var coordinatorA = await StaffAccount.CreateAsync(server, "Sample Organisation A", "dara@example.org", StaffRoles.Coordinator);
        var coordinatorB = await StaffAccount.CreateAsync(server, "Sample Organisation B", "sokha@example.org", StaffRoles.Coordinator);
        var responderA = await StaffAccount.CreateAsync(server, "Sample Organisation A", "vanna@example.org", StaffRoles.Responder, seed.Primary);
        var intake = server.Services.GetRequiredService<IntakeStore>();
        var fallback = await FallbackResponderAsync(server, coordinatorB.OrganisationId);
        Assert.True(await intake.SetFallbackAsync(Staff(coordinatorB, StaffRoles.Coordinator), fallback, true, Start, CancellationToken.None));

        var response = await server.SendSmsAsync(ThaiClient, "DANGER");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == FallbackPhone && m.Body.Contains("ACK")),
            "the fallback duty manager of organisation B is paged");
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == ThaiClient && m.Body.Contains("191")),
            "the person is sent the emergency numbers of Thailand");
        var followUp = server.Provider!.Messages.Single(m => m.To == ThaiClient && m.Body.Contains("191"));
        // In Khmer (the person's language is not known yet): "still looking for someone; if you need help now, call …".
        Assert.Equal("យើងនៅតែកំពុងរកអ្នកជួយអ្នក។ បើអ្នកត្រូវការជំនួយឥឡូវនេះ សូមហៅ អាសន្ន: 191, ឡានពេទ្យ: 1669។ ផ្ញើ x ដើម្បីបញ្ចប់។", followUp.Body);
        var page = server.Provider.Messages.Single(m => m.To == FallbackPhone);
        Assert.DoesNotContain("12345670", page.Body);

        var code = (await server.OpenDbAsync()).ExecuteScalar<string>("SELECT code FROM cases WHERE organisation_id IS NULL");
        Assert.NotNull(code);
        var seenByA = await intake.QueueAsync(Staff(coordinatorA, StaffRoles.Coordinator), CancellationToken.None);
        var seenByB = await intake.QueueAsync(Staff(coordinatorB, StaffRoles.Coordinator), CancellationToken.None);
        Assert.Equal(code, Assert.Single(seenByA).Code);
        Assert.Equal(code, Assert.Single(seenByB).Code);
        Assert.Equal("TH", seenByA[0].Country);
        Assert.NotNull(seenByA[0].AlertedAt);
        Assert.Empty(await intake.QueueAsync(Staff(responderA, StaffRoles.Responder, seed.Primary), CancellationToken.None));
        Assert.Equal(1, unrouted.Total);
        Assert.Contains(server.Logs.Lines, l => l.Contains($"Urgent case {code}: nobody is on call in any organisation") && !l.Contains("66812345670"));

        // The console shows the coordinator how many cases wait, and the intake page lists this one, without the number.
        using var browser = new ConsoleBrowser(server);
        await coordinatorA.SignInAsync(browser, time.GetUtcNow());
        Assert.Contains("data-intake=\"1\"", await browser.PageAsync("/console"));
        var page2 = await browser.PageAsync("/console/intake");
        Assert.Contains(code, page2);
        Assert.DoesNotContain("12345670", page2);

        // A minute later the tick looks again: nobody is paged twice and the person is not written to twice.
        time.Advance(TimeSpan.FromMinutes(1));
        await server.Services.GetRequiredService<EscalationService>().RunDueAsync(CancellationToken.None);
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM pages"));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM case_events WHERE kind = 'emergency_follow_up'"));

        // Coordinator A takes it: it is organisation A's case now, gone from B's intake, and the take is audited.
        var take = await browser.SubmitAsync("/console/intake", $"/console/intake/{seenByA[0].Id}/take");
        Assert.Equal(HttpStatusCode.SeeOther, take.StatusCode);
        Assert.Equal(seed.OrganisationId, await server.CountAsync("SELECT organisation_id FROM cases"));
        Assert.Empty(await intake.QueueAsync(Staff(coordinatorB, StaffRoles.Coordinator), CancellationToken.None));
        Assert.Null(await intake.TakeAsync(Staff(coordinatorB, StaffRoles.Coordinator), seenByA[0].Id, Start, CancellationToken.None));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'case.take_from_intake' AND actor = @actor",
            new { actor = "staff:" + coordinatorA.Id }));
        Assert.Contains($"/console/cases/{code}", await browser.PageAsync("/console"));
    }

    [Fact]
    public async Task A_fallback_duty_manager_who_acks_the_page_takes_the_case_into_their_organisation()
    {
        var time = new ManualTime(Start);
        await using var server = await StartAsync(postgres, time);
        await CaseSeed.CreateAsync(server, Start);
        await using (var db = await server.OpenDbAsync()) await db.ExecuteAsync("DELETE FROM shifts");
        var coordinatorB = await StaffAccount.CreateAsync(server, "Sample Organisation B", "sokha@example.org", StaffRoles.Coordinator);
        var fallback = await FallbackResponderAsync(server, coordinatorB.OrganisationId);
        await server.Services.GetRequiredService<IntakeStore>().SetFallbackAsync(Staff(coordinatorB, StaffRoles.Coordinator), fallback, true, Start, CancellationToken.None);

        await server.SendSmsAsync(ThaiClient, "DANGER");
        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM pages") == 1, "the fallback is paged");
        await using var read = await server.OpenDbAsync();
        var (caseCode, pageCode) = await read.QuerySingleAsync<(string, string)>("SELECT c.code, p.code FROM pages p JOIN cases c ON c.id = p.case_id");

        await server.SendSmsAsync(FallbackPhone, $"ACK {caseCode} {pageCode}");

        Assert.Equal(coordinatorB.OrganisationId, await server.CountAsync("SELECT organisation_id FROM cases"));
        Assert.Equal(fallback, await server.CountAsync("SELECT assigned_responder_id FROM cases WHERE status = 'assigned'"));
    }

    [Fact]
    public async Task A_person_who_sent_stop_gets_no_follow_up_but_the_fallback_is_still_paged()
    {
        var time = new ManualTime(Start);
        await using var server = await StartAsync(postgres, time);
        await CaseSeed.CreateAsync(server, Start);
        await using (var db = await server.OpenDbAsync()) await db.ExecuteAsync("DELETE FROM shifts");
        var coordinatorB = await StaffAccount.CreateAsync(server, "Sample Organisation B", "sokha@example.org", StaffRoles.Coordinator);
        var fallback = await FallbackResponderAsync(server, coordinatorB.OrganisationId);
        await server.Services.GetRequiredService<IntakeStore>().SetFallbackAsync(Staff(coordinatorB, StaffRoles.Coordinator), fallback, true, Start, CancellationToken.None);

        await server.SendSmsAsync(ThaiClient, "STOP");
        await server.SendSmsAsync(ThaiClient, "DANGER");
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == FallbackPhone), "the fallback is paged");

        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM case_events WHERE kind = 'emergency_follow_up'"));
        await Task.Delay(300);
        Assert.DoesNotContain(server.Provider!.Messages, m => m.To == ThaiClient && m.Body.Contains("191"));
    }

    [Fact]
    public async Task A_responder_cannot_take_a_case_from_intake_or_mark_the_fallback_list()
    {
        var time = new ManualTime(Start);
        await using var server = await StartAsync(postgres, time);
        var seed = await CaseSeed.CreateAsync(server, Start);
        await using (var db = await server.OpenDbAsync()) await db.ExecuteAsync("DELETE FROM shifts");
        var responder = await StaffAccount.CreateAsync(server, "Sample Organisation A", "vanna@example.org", StaffRoles.Responder, seed.Primary);
        await server.SendSmsAsync(ThaiClient, "DANGER");
        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM cases WHERE intake_alerted_at IS NOT NULL") == 1,
            "the unrouted case is alarmed");
        var caseId = await server.CountAsync("SELECT id FROM cases");

        using var browser = new ConsoleBrowser(server);
        await responder.SignInAsync(browser, time.GetUtcNow());
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/console/intake")).StatusCode);
        var queue = await browser.PageAsync("/console");
        var intake = server.Services.GetRequiredService<IntakeStore>();
        Assert.Null(await intake.TakeAsync(Staff(responder, StaffRoles.Responder, seed.Primary), caseId, Start, CancellationToken.None));
        Assert.False(await intake.SetFallbackAsync(Staff(responder, StaffRoles.Responder, seed.Primary), seed.Primary, true, Start, CancellationToken.None));
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM cases WHERE organisation_id IS NOT NULL"));
        Assert.DoesNotContain("data-intake", queue);

        // Even through the function itself, the database refuses a responder's account.
        var manager = await StaffAccount.CreateAsync(server, "Sample Organisation A", "dara@example.org", StaffRoles.Coordinator);
        var tenants = server.Services.GetRequiredService<Hotline.Storage.Tenancy.TenantDatabase>();
        await using var tenant = await tenants.BeginAsync(seed.OrganisationId, CancellationToken.None);
        Assert.Equal("not_allowed", await tenant.Connection.ExecuteScalarAsync<string>("SELECT take_intake_case(@caseId, @staff, now())",
            new { caseId, staff = responder.Id }, tenant.Transaction));
        Assert.Empty(await tenant.Connection.QueryAsync("SELECT * FROM intake_cases(@staff)", new { staff = responder.Id }, tenant.Transaction));
        Assert.Single(await tenant.Connection.QueryAsync("SELECT * FROM intake_cases(@staff)", new { staff = manager.Id }, tenant.Transaction));
    }

    [Fact]
    public async Task An_exhausted_escalation_chain_is_a_banner_in_the_console_a_counter_and_a_log_line_without_numbers()
    {
        var time = new ManualTime(Start);
        await using var server = await StartAsync(postgres, time);
        using var exhausted = new CounterListener("hotline.escalation.exhausted");
        await CaseSeed.CreateAsync(server, Start, ackTimeoutSeconds: 300);
        var coordinator = await StaffAccount.CreateAsync(server, "Sample Organisation A", "dara@example.org", StaffRoles.Coordinator);
        var escalation = server.Services.GetRequiredService<EscalationService>();
        await server.SendSmsAsync(ThaiClient, "DANGER");
        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM pages") == 1, "the primary is paged");

        for (var step = 0; step < 6; step++)
        {
            time.Advance(TimeSpan.FromSeconds(300));
            await escalation.RunDueAsync(CancellationToken.None);
        }
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM cases WHERE escalation_exhausted_at IS NOT NULL"));
        var code = (await server.OpenDbAsync()).ExecuteScalar<string>("SELECT code FROM cases")!;
        Assert.Equal(1, exhausted.Total);
        var line = Assert.Single(server.Logs.Lines, l => l.Contains($"Urgent case {code}: nobody acknowledged"));
        Assert.DoesNotContain("66812345670", line);

        using var browser = new ConsoleBrowser(server);
        await coordinator.SignInAsync(browser, time.GetUtcNow());
        var queue = await browser.PageAsync("/console");
        Assert.Contains("alarm exhausted", queue);
        Assert.Contains($"<a href=\"/console/cases/{code}\">{code}</a>", queue);
    }

    /// <summary>Adds up one of the service's counters (meter Hotline.Escalation) while the test runs.</summary>
    private sealed class CounterListener : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _total;

        public CounterListener(string instrument)
        {
            _listener.InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == EscalationMetrics.MeterName && i.Name == instrument) l.EnableMeasurementEvents(i);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
            _listener.Start();
        }

        public long Total => Interlocked.Read(ref _total);

        public void Dispose() => _listener.Dispose();
    }
}
