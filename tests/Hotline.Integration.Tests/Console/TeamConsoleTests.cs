using System.Net;
using Dapper;
using Hotline.Integration.Tests.Cases;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Identity;

namespace Hotline.Integration.Tests.StaffConsole;

[Collection(PostgresCollection.Name)]
public sealed class TeamConsoleTests(PostgresFixture postgres)
{
    [Fact]
    public async Task An_admin_changes_a_team_makes_and_unmakes_a_coordinator_and_deactivates_a_responder_each_audited()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var seed = await CaseSeed.CreateAsync(server, DateTimeOffset.UtcNow);
        var admin = await StaffAccount.CreateAsync(server, "Sample Organisation A", "admin@example.org", StaffRoles.Admin);
        using var browser = new ConsoleBrowser(server);
        await admin.SignInAsync(browser);
        var target = $"/console/responders/{seed.Backup}";

        var page = WebUtility.HtmlDecode(await browser.PageAsync("/console/responders"));
        Assert.Contains("+855 •• ••• 001", page);
        Assert.DoesNotContain("11000001", page);
        Assert.DoesNotContain("11000002", page);

        var tooLong = await browser.SubmitAsync("/console/responders", target + "/team", ("team", new string('x', 51)));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("A team name is at most 50 characters.", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.SeeOther, (await browser.SubmitAsync("/console/responders", target + "/team", ("team", "Sample Battambang"))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await browser.SubmitAsync("/console/responders", target + "/role", ("role", "coordinator"))).StatusCode);
        await using var db = await server.OpenDbAsync();
        Assert.Equal(("Sample Battambang", "coordinator"), await db.QuerySingleAsync<(string, string)>("SELECT team, role FROM responders WHERE id = @id", new { id = seed.Backup }));
        Assert.Contains("Sample Battambang", await browser.PageAsync("/console/responders"));
        Assert.Equal(HttpStatusCode.SeeOther, (await browser.SubmitAsync("/console/responders", target + "/role", ("role", "responder"))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await browser.SubmitAsync("/console/responders", target + "/deactivate")).StatusCode);

        var row = await db.QuerySingleAsync<(string Role, bool OnDuty, bool Disabled)>(
            "SELECT role, on_duty, disabled_at IS NOT NULL FROM responders WHERE id = @id", new { id = seed.Backup });
        Assert.Equal(("responder", false, true), row);
        Assert.Contains("Deactivated", await browser.PageAsync("/console/responders"));
        var audited = (await db.QueryAsync<(string Action, string Target)>(
            "SELECT action, target FROM audit_log WHERE actor = @actor AND action LIKE 'responder.%' ORDER BY id", new { actor = "staff:" + admin.Id })).ToList();
        var responder = "responder:" + seed.Backup;
        Assert.Equal([("responder.team_change", responder), ("responder.role_change", responder), ("responder.role_change", responder),
            ("responder.disable", responder)], audited);
    }

    [Fact]
    public async Task A_responder_sees_the_team_list_without_forms_and_cannot_change_permissions()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var seed = await CaseSeed.CreateAsync(server, DateTimeOffset.UtcNow);
        var responder = await StaffAccount.CreateAsync(server, "Sample Organisation A", "srey@example.org", StaffRoles.Responder, seed.Primary);
        using var browser = new ConsoleBrowser(server);
        await responder.SignInAsync(browser);

        var page = await browser.PageAsync("/console/responders");
        Assert.Contains("coordinator", page);
        Assert.DoesNotContain("/role\"", page);
        Assert.DoesNotContain("/deactivate\"", page);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await browser.SubmitAsync("/console/responders", $"/console/responders/{seed.Primary}/role", ("role", "coordinator"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.SubmitAsync("/console/responders", $"/console/responders/{seed.Backup}/deactivate")).StatusCode);
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM responders WHERE role = 'coordinator' AND id <> @c OR disabled_at IS NOT NULL", new { c = seed.Coordinator }));
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action LIKE 'responder.%'"));
    }
}
