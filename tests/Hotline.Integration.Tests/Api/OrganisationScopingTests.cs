using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Integration.Tests.Support;

namespace Hotline.Integration.Tests.Api;

/// <summary>A key sees and changes only its own organisation's rows; another organisation's ids are not found (404,
/// not 403: whether the id exists elsewhere is not this key's business).</summary>
[Collection(PostgresCollection.Name)]
public sealed class OrganisationScopingTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Another_organisations_responder_is_not_found_on_get_list_update_and_delete()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var a = await api.OrganisationAsync("Organisation A");
        var b = await api.OrganisationAsync("Organisation B");
        var theirs = (await b.CreateResponderAsync("Sokha", "+85512111222")).GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.NotFound, (await a.Http.GetAsync($"/api/responders/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Http.PatchAsJsonAsync($"/api/responders/{theirs}", new { name = "Taken over" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Http.DeleteAsync($"/api/responders/{theirs}")).StatusCode);
        var list = await a.Http.GetFromJsonAsync<JsonElement>("/api/responders?include_disabled=true");
        Assert.Equal(0, list.GetArrayLength());

        // B's responder is untouched.
        var still = await b.Http.GetFromJsonAsync<JsonElement>($"/api/responders/{theirs}");
        Assert.Equal("Sokha", still.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, still.GetProperty("disabled_at").ValueKind);
    }

    [Fact]
    public async Task Another_organisations_shift_is_not_found_and_their_responders_cannot_be_put_on_our_rota()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var a = await api.OrganisationAsync("Organisation A");
        var b = await api.OrganisationAsync("Organisation B");
        var theirResponder = (await b.CreateResponderAsync("Dara", "+85512333444")).GetProperty("id").GetInt64();
        var theirShift = (await b.CreateShiftAsync(theirResponder, "primary", "2026-12-01T08:00:00+07:00", "2026-12-01T20:00:00+07:00")).GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.NotFound, (await a.Http.GetAsync($"/api/shifts/{theirShift}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Http.DeleteAsync($"/api/shifts/{theirShift}")).StatusCode);
        var list = await a.Http.GetFromJsonAsync<JsonElement>("/api/shifts?from=2026-12-01T00:00:00%2B07:00&to=2026-12-02T00:00:00%2B07:00");
        Assert.Equal(0, list.GetArrayLength());

        var borrowed = await a.Http.PostAsJsonAsync("/api/shifts", new
        {
            responder_id = theirResponder, role = "primary", starts_at = "2026-12-02T08:00:00+07:00", ends_at = "2026-12-02T20:00:00+07:00",
        });
        await ProblemAssert.NamesFieldAsync(borrowed, "responder_id");

        Assert.Equal(HttpStatusCode.OK, (await b.Http.GetAsync($"/api/shifts/{theirShift}")).StatusCode);
    }

    [Fact]
    public async Task Another_organisations_case_is_not_found_on_get_and_list()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var a = await api.OrganisationAsync("Organisation A");
        var b = await api.OrganisationAsync("Organisation B");
        await api.SeedCaseAsync(b.OrganisationId, "K7Q4", "+66812345678");

        Assert.Equal(HttpStatusCode.NotFound, (await a.Http.GetAsync("/api/cases/K7Q4")).StatusCode);
        Assert.Equal(0, (await a.Http.GetFromJsonAsync<JsonElement>("/api/cases")).GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await b.Http.GetAsync("/api/cases/K7Q4")).StatusCode);
    }
}
