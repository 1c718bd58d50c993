using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Integration.Tests.Support;

namespace Hotline.Integration.Tests.Api;

[Collection(PostgresCollection.Name)]
public sealed class CaseAssignCloseApiTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_case_is_assigned_to_a_responder_of_the_organisation_then_closed_with_an_outcome_and_both_are_audited()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Organisation A");
        var responder = (await org.CreateResponderAsync("Srey", "+85511222333")).GetProperty("id").GetInt64();
        await api.SeedCaseAsync(org.OrganisationId, "K7Q4", "+66812345678");

        var assigned = await org.Http.PostAsJsonAsync("/api/cases/k7q4/assign", new { responder_id = responder });

        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var body = await assigned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("assigned", body.GetProperty("status").GetString());
        Assert.Equal(responder, body.GetProperty("assigned_responder_id").GetInt64());
        Assert.NotEqual(JsonValueKind.Null, body.GetProperty("acked_at").ValueKind);

        var closed = await org.Http.PostAsJsonAsync("/api/cases/K7Q4/close", new { outcome = "resolved" });

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var after = await closed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("closed", after.GetProperty("status").GetString());
        Assert.Equal("resolved", after.GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await org.Http.PostAsJsonAsync("/api/cases/K7Q4/close", new { outcome = "resolved" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await org.Http.PostAsJsonAsync("/api/cases/K7Q4/assign", new { responder_id = responder })).StatusCode);
        var actor = "api_key:" + org.KeyId;
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'case.assign' AND actor = @actor", new { actor }));
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'case.close' AND actor = @actor", new { actor }));
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM case_events WHERE kind = 'assigned' AND responder_id = @responder", new { responder }));
    }

    [Fact]
    public async Task Bad_requests_name_the_field_and_another_organisations_case_or_responder_is_not_found()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var a = await api.OrganisationAsync("Organisation A");
        var b = await api.OrganisationAsync("Organisation B");
        var bResponder = (await b.CreateResponderAsync("Dara", "+85511222444")).GetProperty("id").GetInt64();
        var aResponder = (await a.CreateResponderAsync("Srey", "+85511222333")).GetProperty("id").GetInt64();
        await api.SeedCaseAsync(a.OrganisationId, "K7Q4", "+66812345678");

        await ProblemAssert.NamesFieldAsync(await a.Http.PostAsJsonAsync("/api/cases/K7Q4/close", new { outcome = "fixed" }), "outcome");
        await ProblemAssert.NamesFieldAsync(await a.Http.PostAsJsonAsync("/api/cases/K7Q4/close", new { }), "outcome");
        await ProblemAssert.NamesFieldAsync(await a.Http.PostAsJsonAsync("/api/cases/K7Q4/assign", new { }), "responder_id");
        await ProblemAssert.NamesFieldAsync(await a.Http.PostAsJsonAsync("/api/cases/K7Q4/assign", new { responder_id = "one" }), "responder_id");

        var notTheirs = await a.Http.PostAsJsonAsync("/api/cases/K7Q4/assign", new { responder_id = bResponder });
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal("responder_not_found", (await notTheirs.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await b.Http.PostAsJsonAsync("/api/cases/K7Q4/assign", new { responder_id = bResponder })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Http.PostAsJsonAsync("/api/cases/K7Q4/assign", new { responder_id = aResponder })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Http.PostAsJsonAsync("/api/cases/K7Q4/close", new { outcome = "resolved" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Http.PostAsJsonAsync("/api/cases/NOPE1/close", new { outcome = "resolved" })).StatusCode);

        Assert.Equal("open", (await a.Http.GetFromJsonAsync<JsonElement>("/api/cases/K7Q4")).GetProperty("status").GetString());
        Assert.Equal(0, await api.Server.CountAsync("SELECT count(*) FROM audit_log WHERE action IN ('case.assign', 'case.close')"));
    }

    [Fact]
    public async Task The_openapi_document_lists_assign_and_close()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var document = await api.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/cases/{code}/assign").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/cases/{code}/close").TryGetProperty("post", out _));
    }
}
