using System.Globalization;
using System.Net;
using Dapper;
using Hotline.Domain.Cases;
using Hotline.Integration.Tests.Cases;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Identity;

namespace Hotline.Integration.Tests.StaffConsole;

[Collection(PostgresCollection.Name)]
public sealed class EnrolmentConsoleTests(PostgresFixture postgres)
{
    private static async Task<(HotlineTestServer Server, StatisticsSeed Seed, StaffAccount Account, ConsoleBrowser Browser)> StartAsync(PostgresFixture postgres)
    {
        var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var seed = await StatisticsSeed.CreateAsync(server);
        var account = await StaffAccount.CreateAsync(server, StatisticsSeed.NameA, "vanna@example.org", StaffRoles.Responder);
        var browser = new ConsoleBrowser(server);
        await account.SignInAsync(browser);
        return (server, seed, account, browser);
    }

    [Fact]
    public async Task The_enrolments_page_lists_the_organisations_enrolments_masked_and_a_coordinator_closes_one()
    {
        var (server, seed, _, browser) = await StartAsync(postgres);
        await using var _s = server;
        using var _b = browser;

        var page = WebUtility.HtmlDecode(await browser.PageAsync("/console/checkins"));
        Assert.Contains($"<td>E{seed.EnrolmentA}</td><td>+855 •• ••• 001</td><td>km</td><td>standard</td>", page);
        Assert.Contains("(Asia/Bangkok)", page);
        Assert.Contains("talk", page);
        Assert.DoesNotContain($"<td>E{seed.EnrolmentB}</td>", page);
        Assert.DoesNotContain("12400001", page);
        // A responder who is not the case worker has no close button, and a close posted anyway finds nothing.
        Assert.DoesNotContain("/close\"", page);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.SubmitAsync("/console/checkins", $"/console/checkins/{seed.EnrolmentA}/close")).StatusCode);

        var coordinator = await StaffAccount.CreateAsync(server, StatisticsSeed.NameA, "sokha@example.org", StaffRoles.Coordinator);
        using var coordinatorBrowser = new ConsoleBrowser(server);
        await coordinator.SignInAsync(coordinatorBrowser);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinatorBrowser.SubmitAsync("/console/checkins", $"/console/checkins/{seed.EnrolmentB}/close")).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await coordinatorBrowser.SubmitAsync("/console/checkins", $"/console/checkins/{seed.EnrolmentA}/close")).StatusCode);

        await using var db = await server.OpenDbAsync();
        Assert.Equal("closed", await db.ExecuteScalarAsync<string>("SELECT status FROM enrolments WHERE id = @id", new { id = seed.EnrolmentA }));
        Assert.Equal("active", await db.ExecuteScalarAsync<string>("SELECT status FROM enrolments WHERE id = @id", new { id = seed.EnrolmentB }));
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT count(*) FROM checkins WHERE enrolment_id = @id AND status = 'scheduled'", new { id = seed.EnrolmentA }));
        Assert.Equal("enrolment:" + seed.EnrolmentA, await db.ExecuteScalarAsync<string>(
            "SELECT target FROM audit_log WHERE actor = @actor AND action = 'enrolment.close'", new { actor = "staff:" + coordinator.Id }));
    }

    [Fact]
    public async Task A_case_worker_enrols_a_client_from_the_console_and_without_consent_nothing_is_enrolled()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var seed = await CaseSeed.CreateAsync(server, DateTimeOffset.UtcNow);
        var worker = await StaffAccount.CreateAsync(server, "Sample Organisation A", "dara@example.org", StaffRoles.Responder, seed.Primary);
        using var browser = new ConsoleBrowser(server);
        await worker.SignInAsync(browser);
        var today = PhnomPenhTime.LocalDate(DateTimeOffset.UtcNow);
        (string, string)[] client =
        [
            ("phone", "+855 12 555 001"), ("language", "km"), ("plan", "standard"), ("reintegrated_on", today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("safe_days", "mon"), ("safe_days", "wed"), ("safe_from", "17:00"), ("safe_to", "20:00"), ("time_zone", "Asia/Bangkok"),
            ("code_word", "mango"), ("case_worker_id", seed.Primary.ToString(CultureInfo.InvariantCulture)),
        ];

        var refused = await browser.SubmitAsync("/console/checkins", "/console/checkins/enrol", client);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("consent: No enrolment without consent", page);
        Assert.DoesNotContain("555 001", page); // the number typed is not put back into the page
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM enrolments"));

        var enrolled = await browser.SubmitAsync("/console/checkins", "/console/checkins/enrol",
            [.. client, ("consent_by", "Sample case worker"), ("consent_at", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T09:30"), ("consent_how", "in person")]);
        Assert.Equal(HttpStatusCode.SeeOther, enrolled.StatusCode);
        await using var db = await server.OpenDbAsync();
        var row = await db.QuerySingleAsync<(long Id, long Worker, string Zone, int[] Days, DateTime ConsentAt)>(
            "SELECT id, case_worker_id, time_zone, safe_days, consent_at FROM enrolments WHERE organisation_id = @org", new { org = seed.OrganisationId });
        Assert.Equal((seed.Primary, "Asia/Bangkok"), (row.Worker, row.Zone));
        Assert.Equal([1, 3], row.Days); // Monday and Wednesday
        Assert.Equal(PhnomPenhTime.ToInstant(today, new TimeOnly(9, 30)).UtcDateTime, DateTime.SpecifyKind(row.ConsentAt, DateTimeKind.Utc));
        Assert.Equal("enrolment:" + row.Id, await db.ExecuteScalarAsync<string>(
            "SELECT target FROM audit_log WHERE actor = @actor AND action = 'enrolment.create'", new { actor = "staff:" + worker.Id }));
        // The case worker sees the enrolment with a close button, and closes it.
        var list = WebUtility.HtmlDecode(await browser.PageAsync("/console/checkins"));
        Assert.Contains($"<td>E{row.Id}</td><td>+855 •• ••• 001</td>", list);
        Assert.Equal(HttpStatusCode.SeeOther, (await browser.SubmitAsync("/console/checkins", $"/console/checkins/{row.Id}/close")).StatusCode);
        Assert.Equal("closed", await db.ExecuteScalarAsync<string>("SELECT status FROM enrolments WHERE id = @id", new { id = row.Id }));
    }
}
