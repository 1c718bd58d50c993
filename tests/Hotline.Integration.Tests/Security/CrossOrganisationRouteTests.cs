using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hotline.Integration.Tests.Api;
using Hotline.Integration.Tests.StaffConsole;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.Security;

/// <summary>
/// Organisation A, signed in to the console and holding an API key, against every route under /console and /api: each
/// route that names a record answers 404 for organisation B's record (never 403, 200 or 500), and every list, search
/// and export answers exactly the same before and after B's data exists. The routes are read from the app itself, so a
/// route added later is covered at once; one this test cannot exercise fails it until it is added to a table below.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class CrossOrganisationRouteTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(7));

    /// <summary>What B's record is called in a route, by the segment before the parameter and the parameter's name.</summary>
    private static readonly Dictionary<string, Func<Records, string>> Identifiers = new()
    {
        ["cases/{code}"] = r => r.CaseCode,
        ["responders/{id}"] = r => r.ResponderId.ToString(),
        ["shifts/{id}"] = r => r.ShiftId.ToString(),
        ["enrolments/{id}"] = r => r.EnrolmentId.ToString(),
        ["checkins/{id}"] = r => r.EnrolmentId.ToString(),
        ["tasks/{id}"] = r => r.TaskId.ToString(),
        // Taking a case from intake by id: another organisation's case is not unrouted, so it is not found.
        ["intake/{id}"] = r => r.CaseId.ToString(),
        ["fallback/{id}"] = r => r.ResponderId.ToString(),
        ["staff/{id}"] = r => r.StaffUserId.ToString(),
    };

    /// <summary>Routes with a parameter that names no organisation's data.</summary>
    private static readonly Dictionary<string, string> NotTenantRoutes = new()
    {
        ["/console/assets/{name}"] = "the console's static CSS and script",
        ["/console/statistics/{name}.csv"] = "the name of a statistics table, whose figures are the signed-in organisation's",
    };

    /// <summary>Pages reached before an organisation is known: nothing of any organisation's to list.</summary>
    private static readonly HashSet<string> SignInPages = ["/console/login", "/console/login/code"];

    /// <summary>Form fields a console action reads (the organisation check comes first; a plausible form makes sure).</summary>
    private static readonly Dictionary<string, (string Name, string Value)[]> ConsoleForms = new()
    {
        ["/console/cases/{code}/reply"] = [("text", "Are you safe now?")],
        ["/console/cases/{code}/count"] = [("text", "Are you safe now?")],
        ["/console/cases/{code}/close"] = [("outcome", "resolved")],
        ["/console/intake/fallback/{id}"] = [("fallback", "on")],
    };

    /// <summary>JSON bodies an API action validates before it looks the record up (every other action gets "{}"): a
    /// plausible body makes sure the 404 comes from the organisation check, not a 400 for the body.</summary>
    private static readonly Dictionary<string, string> ApiBodies = new()
    {
        ["/api/cases/{code}/assign"] = """{"responder_id": 1}""",
        ["/api/cases/{code}/close"] = """{"outcome": "resolved"}""",
    };

    /// <summary>Query strings a list route is also read with (every list is read without one too).</summary>
    private static readonly Dictionary<string, string[]> ListQueries = new()
    {
        ["/console"] = ["?filter=unassigned"],
        ["/console/queue"] = ["?filter=unassigned"],
        ["/api/cases"] = ["?status=open", "?kind=urgent"],
        ["/api/responders"] = ["?include_disabled=true"],
        ["/api/checkins/outcomes"] = ["?format=csv"],
    };

    private sealed record Records(string CaseCode, long ResponderId, long ShiftId, long EnrolmentId, long TaskId, long CaseId, long StaffUserId);

    [Fact]
    public async Task Organisation_a_gets_404_for_every_record_of_organisation_b_and_none_of_its_data_in_any_list()
    {
        await using var api = await ApiTestServer.StartAsync(postgres, new FixedTime(Now));
        var routes = api.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/console", StringComparison.Ordinal) || raw.StartsWith("/api/", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Route: Normalise(e.RoutePattern.RawText!))))
            .ToList();

        var a = await api.OrganisationAsync("Organisation A");
        var b = await api.OrganisationAsync("Organisation B");
        var aRecords = await SeedAsync(api, a, "Organisation A", "KA1A", "+85512100001", "+85512100002");
        // An admin: every console page is open to them (the staff accounts page is for admins only).
        var staff = await StaffAccount.CreateAsync(api.Server, "Organisation A", "admin.a@example.org", StaffRoles.Admin, aRecords.ResponderId, Now);
        using var browser = new ConsoleBrowser(api.Server);
        await staff.SignInAsync(browser, Now);

        var lists = routes.Where(r => r.Method == "GET" && !r.Route.Contains('{') && !SignInPages.Contains(r.Route))
            .SelectMany(r => ListQueries.GetValueOrDefault(r.Route, []).Prepend("").Select(q => r.Route + q)).ToList();
        Assert.Contains("/console", lists);
        Assert.Contains("/api/cases", lists);
        var before = new Dictionary<string, string>();
        foreach (var path in lists) before[path] = await ReadListAsync(path, browser, a);
        Assert.Contains(aRecords.CaseCode, before["/console"]);
        Assert.Contains(aRecords.CaseCode, before["/api/cases"]);

        var bRecords = await SeedAsync(api, b, "Organisation B", "KB2B", "+85512200001", "+85512200002");

        foreach (var path in lists)
            Assert.True(before[path] == await ReadListAsync(path, browser, a), $"GET {path} as organisation A changed when organisation B's data was added");

        var named = routes.Where(r => r.Route.Contains('{') && !NotTenantRoutes.ContainsKey(r.Route)).ToList();
        Assert.True(named.Count >= 12, $"found {named.Count} routes that name a record");
        foreach (var (method, route) in named)
        {
            var response = await SendAsync(method, route, Path(method, route, bRecords), browser, a);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {Path(method, route, bRecords)} as organisation A answered {(int)response.StatusCode}, not 404");
            // The same page with A's own record is found: the 404 above is about the organisation, not a wrong path.
            if (method == "GET")
                Assert.Equal(HttpStatusCode.OK, (await SendAsync(method, route, Path(method, route, aRecords), browser, a)).StatusCode);
        }

        // And B's records are as B left them.
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM cases WHERE code = @code AND status = 'open'", new { code = bRecords.CaseCode }));
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM responders WHERE id = @id AND disabled_at IS NULL", new { id = bRecords.ResponderId }));
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM shifts WHERE id = @id", new { id = bRecords.ShiftId }));
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM enrolments WHERE id = @id AND status = 'active'", new { id = bRecords.EnrolmentId }));
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM followup_tasks WHERE id = @id AND done_at IS NULL", new { id = bRecords.TaskId }));
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'staff_user.create' AND target = @t", new { t = "staff_user:" + bRecords.StaffUserId }));
        Assert.Equal(0, await api.Server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'staff_user.unlock'"));
    }

    /// <summary>An organisation's records of every kind a route can name: a case, a responder on a shift covering now,
    /// and an enrolment with an answered check-in and a follow-up task (so the outcome figures are not empty).</summary>
    private static async Task<Records> SeedAsync(ApiTestServer api, OrganisationClient org, string name, string code, string clientPhone, string responderPhone)
    {
        await api.SeedCaseAsync(org.OrganisationId, code, clientPhone, openedAt: Now.AddHours(-1));
        var responder = (await org.CreateResponderAsync("Sample responder " + code, responderPhone)).GetProperty("id").GetInt64();
        var shift = (await org.CreateShiftAsync(responder, "primary", Now.AddHours(-1).ToString("O"), Now.AddHours(8).ToString("O"))).GetProperty("id").GetInt64();
        var enrolled = await org.Http.PostAsJsonAsync("/api/enrolments", new
        {
            phone = clientPhone, language = "en", plan = "standard", reintegrated_on = "2026-09-01",
            consent = new { by = "Sample case worker", at = Now.AddDays(-1), how = "in person" },
        });
        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        var enrolment = (await enrolled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await using var db = await api.Server.OpenDbAsync();
        var task = await Dapper.SqlMapper.ExecuteScalarAsync<long>(db, """
            INSERT INTO followup_tasks (organisation_id, enrolment_id, kind, created_at) VALUES (@org, @enrolment, 'need_to_talk', @at) RETURNING id;
            UPDATE checkins SET status = 'answered', wellbeing = 'good', sent_at = @at, answered_at = @at WHERE enrolment_id = @enrolment;
            """, new { enrolment, org = org.OrganisationId, at = Now.UtcDateTime });
        var caseId = await Dapper.SqlMapper.ExecuteScalarAsync<long>(db, "SELECT id FROM cases WHERE code = @code", new { code });
        var account = await StaffAccount.CreateAsync(api.Server, name, $"staff.{code.ToLowerInvariant()}@example.org", now: Now);
        return new Records(code, responder, shift, enrolment, task, caseId, account.Id);
    }

    /// <summary>The route with the records' identifiers in place of its parameters.</summary>
    private static string Path(string method, string route, Records records) =>
        Parameter().Replace(route, match => Identifiers.TryGetValue(match.Groups[1].Value + "/{" + match.Groups[2].Value + "}", out var id)
            ? match.Groups[1].Value + "/" + Uri.EscapeDataString(id(records))
            : throw new Xunit.Sdk.XunitException($"{method} {route}: no identifier for '{match.Value}'; add the parameter to {nameof(Identifiers)} (or the route to {nameof(NotTenantRoutes)} with a reason)"));

    private static async Task<HttpResponseMessage> SendAsync(string method, string route, string path, ConsoleBrowser browser, OrganisationClient a) =>
        route.StartsWith("/console", StringComparison.Ordinal)
            ? method == "GET" ? await browser.GetAsync(path) : await browser.SubmitAsync("/console", path, ConsoleForms.GetValueOrDefault(route, []))
            : await a.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = method is "GET" or "DELETE" ? null : new StringContent(ApiBodies.GetValueOrDefault(route, "{}"), Encoding.UTF8, "application/json"),
            });

    private static async Task<string> ReadListAsync(string path, ConsoleBrowser browser, OrganisationClient a)
    {
        var response = path.StartsWith("/console", StringComparison.Ordinal) ? await browser.GetAsync(path) : await a.Http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"GET {path} as organisation A answered {(int)response.StatusCode}; if it needs a query to list anything, add one to {nameof(ListQueries)}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>"/api/responders/{id:long}" → "/api/responders/{id}"; "/console/" → "/console".</summary>
    private static string Normalise(string route) => Constraint().Replace(route, "}").TrimEnd('/');

    [GeneratedRegex(@":[^}]*\}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"([a-z_]+)/\{(\w+)\}")]
    private static partial Regex Parameter();
}
