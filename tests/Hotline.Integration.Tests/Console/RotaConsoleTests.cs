using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Hotline.Domain.Cases;
using Hotline.Integration.Tests.Cases;
using Hotline.Integration.Tests.Support;
using Hotline.Server.StaffConsole;
using Hotline.Storage.Admin;
using Hotline.Storage.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.StaffConsole;

[Collection(PostgresCollection.Name)]
public sealed class RotaConsoleTests(PostgresFixture postgres)
{
    private const string OrganisationA = "Sample Organisation A";

    /// <summary>Organisation A (primary, backup and coordinator on a shift covering now, with sample names) and an
    /// account of the given role linked to the coordinator.</summary>
    private static async Task<(HotlineTestServer Server, CaseSeed Seed, StaffAccount Account)> StartAsync(PostgresFixture postgres, string role)
    {
        var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var seed = await CaseSeed.CreateAsync(server, DateTimeOffset.UtcNow);
        await using (var db = await server.OpenDbAsync())
            await db.ExecuteAsync("UPDATE responders SET name = CASE id WHEN @p THEN 'Sample Dara' WHEN @b THEN 'Sample Srey' ELSE 'Sample Vanna' END, team = 'Sample North'",
                new { p = seed.Primary, b = seed.Backup });
        var account = await StaffAccount.CreateAsync(server, OrganisationA, role + "@example.org", role, seed.Coordinator);
        return (server, seed, account);
    }

    /// <summary>Tomorrow in Phnom Penh, as a datetime-local field holds it.</summary>
    private static string Tomorrow(string clock) =>
        PhnomPenhTime.LocalDate(DateTimeOffset.UtcNow).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T" + clock;

    [Fact]
    public async Task A_coordinator_adds_a_shift_in_phnom_penh_time_and_removes_it_and_both_are_audited()
    {
        var (server, seed, coordinator) = await StartAsync(postgres, StaffRoles.Coordinator);
        await using var _s = server;
        using var browser = new ConsoleBrowser(server);
        await coordinator.SignInAsync(browser);

        var added = await browser.SubmitAsync("/console/rota", "/console/rota/shifts",
            ("responder_id", seed.Backup.ToString(CultureInfo.InvariantCulture)), ("role", "primary"), ("starts_at", Tomorrow("08:00")), ("ends_at", Tomorrow("20:00")));
        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);

        await using var db = await server.OpenDbAsync();
        var shift = await db.QuerySingleAsync<(long Id, DateTime StartsAt, DateTime EndsAt)>(
            "SELECT id, starts_at, ends_at FROM shifts WHERE responder_id = @r AND role = 'primary'", new { r = seed.Backup });
        var day = PhnomPenhTime.LocalDate(DateTimeOffset.UtcNow).AddDays(1);
        Assert.Equal(PhnomPenhTime.ToInstant(day, new TimeOnly(8, 0)).UtcDateTime, DateTime.SpecifyKind(shift.StartsAt, DateTimeKind.Utc));
        Assert.Equal(PhnomPenhTime.ToInstant(day, new TimeOnly(20, 0)).UtcDateTime, DateTime.SpecifyKind(shift.EndsAt, DateTimeKind.Utc));
        var rota = await browser.PageAsync("/console/rota");
        Assert.Contains($"{day:yyyy-MM-dd} 08:00", rota);
        Assert.Contains($"{day:yyyy-MM-dd} 20:00", rota);

        Assert.Equal(HttpStatusCode.SeeOther, (await browser.SubmitAsync("/console/rota", $"/console/rota/shifts/{shift.Id}/remove")).StatusCode);
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT count(*) FROM shifts WHERE id = @id", new { id = shift.Id }));
        Assert.DoesNotContain($"{day:yyyy-MM-dd} 08:00", await browser.PageAsync("/console/rota"));
        var audited = (await db.QueryAsync<(string Action, string Target)>(
            "SELECT action, target FROM audit_log WHERE actor = @actor AND action LIKE 'shift.%' ORDER BY id", new { actor = "staff:" + coordinator.Id })).ToList();
        Assert.Equal([("shift.create", "shift:" + shift.Id), ("shift.delete", "shift:" + shift.Id)], audited);
    }

    [Fact]
    public async Task A_shift_ending_before_it_starts_or_for_another_organisations_responder_is_refused_with_the_reason()
    {
        var (server, seed, coordinator) = await StartAsync(postgres, StaffRoles.Coordinator);
        await using var _s = server;
        await using var db = await server.OpenDbAsync();
        var otherOrg = await db.ExecuteScalarAsync<long>("INSERT INTO organisations (name, created_at) VALUES ('Sample Organisation B', now()) RETURNING id");
        var (_, outsider) = await server.Services.GetRequiredService<ResponderStore>().CreateAsync(otherOrg,
            new ResponderFields("Sample Outsider", "+85511000099", "responder", null, ["km"], null, null, null, null, null), "test", DateTimeOffset.UtcNow, CancellationToken.None);
        var before = await db.ExecuteScalarAsync<long>("SELECT count(*) FROM shifts");
        using var browser = new ConsoleBrowser(server);
        await coordinator.SignInAsync(browser);

        var backwards = await browser.SubmitAsync("/console/rota", "/console/rota/shifts",
            ("responder_id", seed.Primary.ToString(CultureInfo.InvariantCulture)), ("role", "backup"), ("starts_at", Tomorrow("20:00")), ("ends_at", Tomorrow("08:00")));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("The end must be after the start.", await backwards.Content.ReadAsStringAsync());

        var foreign = await browser.SubmitAsync("/console/rota", "/console/rota/shifts",
            ("responder_id", outsider.ToString(CultureInfo.InvariantCulture)), ("role", "backup"), ("starts_at", Tomorrow("08:00")), ("ends_at", Tomorrow("20:00")));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("Choose an active responder of your organisation.", await foreign.Content.ReadAsStringAsync());

        var garbled = await browser.SubmitAsync("/console/rota", "/console/rota/shifts",
            ("responder_id", seed.Primary.ToString(CultureInfo.InvariantCulture)), ("role", "backup"), ("starts_at", "tomorrow"), ("ends_at", Tomorrow("08:00")));
        Assert.Equal(HttpStatusCode.BadRequest, garbled.StatusCode);
        Assert.Equal(before, await db.ExecuteScalarAsync<long>("SELECT count(*) FROM shifts"));
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'shift.create'"));
    }

    [Fact]
    public async Task A_responder_sees_who_is_on_call_but_no_rota_form_and_a_posted_shift_is_refused()
    {
        var (server, seed, responder) = await StartAsync(postgres, StaffRoles.Responder);
        await using var _s = server;
        using var browser = new ConsoleBrowser(server);
        await responder.SignInAsync(browser);

        var rota = await browser.PageAsync("/console/rota");
        Assert.Contains("Sample Dara", rota);
        Assert.DoesNotContain("action=\"/console/rota/shifts\"", rota);
        Assert.DoesNotContain("/remove\"", rota);

        var shiftId = await (await server.OpenDbAsync()).ExecuteScalarAsync<long>("SELECT min(id) FROM shifts");
        var posted = await browser.SubmitAsync("/console/rota", "/console/rota/shifts",
            ("responder_id", seed.Primary.ToString(CultureInfo.InvariantCulture)), ("role", "backup"), ("starts_at", Tomorrow("08:00")), ("ends_at", Tomorrow("20:00")));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.SubmitAsync("/console/rota", $"/console/rota/shifts/{shiftId}/remove")).StatusCode);
        Assert.Equal(2, await server.CountAsync("SELECT count(*) FROM shifts"));
    }

    [Fact]
    public async Task On_call_now_in_the_console_is_the_admin_apis_answer()
    {
        var (server, _, responder) = await StartAsync(postgres, StaffRoles.Responder);
        await using var _s = server;
        var key = await new ApiKeyStore(server.OwnerDataSource).CreateAsync(OrganisationA, "test", DateTimeOffset.UtcNow, CancellationToken.None);
        using var api = new HttpClient { BaseAddress = server.Http.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        var now = await api.GetFromJsonAsync<JsonElement>("/api/oncall/now");
        using var browser = new ConsoleBrowser(server);
        await responder.SignInAsync(browser);

        var page = WebUtility.HtmlDecode(await browser.PageAsync("/console/rota"));
        foreach (var slot in new[] { "primary", "backup" })
        {
            var person = now.GetProperty(slot);
            var until = ConsoleLayout.Time(person.GetProperty("until").GetDateTimeOffset());
            Assert.Contains($"<dd class=\"{slot}\">{person.GetProperty("name").GetString()} (Sample North) · until {until}</dd>", page);
        }
        Assert.Equal("Sample Dara", now.GetProperty("primary").GetProperty("name").GetString());
        var coordinator = Assert.Single(now.GetProperty("coordinators").EnumerateArray());
        Assert.Contains($"<dd class=\"coordinators\">{coordinator.GetProperty("name").GetString()} (Sample North)</dd>", page);
    }
}
