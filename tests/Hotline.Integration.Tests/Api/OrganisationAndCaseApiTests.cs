using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Integration.Tests.Support;

namespace Hotline.Integration.Tests.Api;

[Collection(PostgresCollection.Name)]
public sealed class OrganisationAndCaseApiTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_key_sees_its_own_organisation_and_can_change_what_it_takes_and_its_escalation_policy()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Organisation A");
        var response = await org.Http.PatchAsJsonAsync("/api/organisation", new
        {
            needs = new[] { "wage_claim", "legal_aid" }, provinces = new[] { "KH-12", "KH-2" }, accepts_urgent = false, ack_timeout_seconds = 600, repeat_limit = 3,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var body = await org.Http.GetFromJsonAsync<JsonElement>("/api/organisation");
        Assert.Equal("Organisation A", body.GetProperty("name").GetString());
        Assert.Equal(["wage_claim", "legal_aid"], body.GetProperty("needs").EnumerateArray().Select(e => e.GetString()));
        Assert.False(body.GetProperty("accepts_urgent").GetBoolean());
        Assert.Equal(600, body.GetProperty("ack_timeout_seconds").GetInt32());
        Assert.Equal(3, body.GetProperty("repeat_limit").GetInt32());
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'organisation.update'"));
    }

    [Fact]
    public async Task An_escalation_policy_out_of_range_is_refused_naming_the_field()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Organisation A");
        await ProblemAssert.NamesFieldAsync(await org.Http.PatchAsJsonAsync("/api/organisation", new { ack_timeout_seconds = 5 }), "ack_timeout_seconds");
        await ProblemAssert.NamesFieldAsync(await org.Http.PatchAsJsonAsync("/api/organisation", new { repeat_limit = 11 }), "repeat_limit");
        await ProblemAssert.NamesFieldAsync(await org.Http.PatchAsJsonAsync("/api/organisation", new { needs = new[] { "Wage Claim!" } }), "needs");
        Assert.Equal(300, (await org.Http.GetFromJsonAsync<JsonElement>("/api/organisation")).GetProperty("ack_timeout_seconds").GetInt32());
    }

    [Fact]
    public async Task A_case_shows_its_sla_times_and_a_masked_number_but_nothing_anyone_wrote()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Organisation A");
        await api.SeedCaseAsync(org.OrganisationId, "K7Q4", "+66812345678", paged: TimeSpan.FromSeconds(1.5), acked: TimeSpan.FromMinutes(4));
        await api.SeedCaseAsync(org.OrganisationId, "H2M9", "+85512777666", kind: "help", status: "closed");

        var text = await org.Http.GetStringAsync("/api/cases/k7q4");
        var found = JsonDocument.Parse(text).RootElement;
        Assert.Equal("K7Q4", found.GetProperty("code").GetString());
        Assert.Equal("+66 •• ••• 678", found.GetProperty("contact_masked").GetString());
        Assert.Equal(1.5, found.GetProperty("sla").GetProperty("time_to_page_seconds").GetDouble());
        Assert.Equal(240, found.GetProperty("sla").GetProperty("time_to_ack_seconds").GetDouble());
        Assert.Equal(JsonValueKind.Null, found.GetProperty("sla").GetProperty("time_to_first_reply_seconds").ValueKind);
        Assert.DoesNotContain("812345678", text);
        Assert.False(found.TryGetProperty("body", out _));
        Assert.False(found.TryGetProperty("messages", out _));

        var open = await org.Http.GetFromJsonAsync<JsonElement>("/api/cases?status=open");
        Assert.Equal("K7Q4", Assert.Single(open.EnumerateArray()).GetProperty("code").GetString());
        var help = await org.Http.GetFromJsonAsync<JsonElement>("/api/cases?kind=help");
        Assert.Equal("H2M9", Assert.Single(help.EnumerateArray()).GetProperty("code").GetString());
        await ProblemAssert.NamesFieldAsync(await org.Http.GetAsync("/api/cases?status=pending"), "status");
        await ProblemAssert.NamesFieldAsync(await org.Http.GetAsync("/api/cases?limit=lots"), "limit");
        Assert.Equal(HttpStatusCode.NotFound, (await org.Http.GetAsync("/api/cases/NOPE1")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_is_public_lists_every_api_path_and_documents_the_bearer_key()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Organisation A");
        var response = await api.Anonymous().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        string[] expected =
        [
            "/api/organisation", "/api/responders", "/api/responders/{id}", "/api/shifts", "/api/shifts/{id}",
            "/api/oncall/now", "/api/cases", "/api/cases/{code}", "/api/statistics",
        ];
        Assert.All(expected, path => Assert.Contains(path, paths));
        Assert.All(paths, path => Assert.StartsWith("/api/", path));

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.True(document.GetProperty("security").GetArrayLength() > 0);
        Assert.DoesNotContain(org.Key, await api.Anonymous().GetStringAsync("/openapi/v1.json"));
    }
}
