using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Admin;

namespace Hotline.Integration.Tests.Api;

[Collection(PostgresCollection.Name)]
public sealed class ResponderApiTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_new_responder_is_shown_with_a_masked_phone_and_the_full_number_appears_nowhere_in_the_answers()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Chab Dai");
        var response = await org.Http.PostAsJsonAsync("/api/responders", new
        {
            name = "Srey Mom", phone = "+855 12 345 678", role = "coordinator", team = "night", languages = new[] { "km" },
            provinces = new[] { "KH-12" }, services = new[] { "wage_claim" }, on_duty = true, relay_by_sms = false,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadAsStringAsync();
        var id = JsonDocument.Parse(created).RootElement.GetProperty("id").GetInt64();

        var answers = created
            + await org.Http.GetStringAsync($"/api/responders/{id}")
            + await org.Http.GetStringAsync("/api/responders");
        Assert.Contains("+855 •• ••• 678", JsonDocument.Parse(created).RootElement.GetProperty("phone_masked").GetString());
        Assert.DoesNotContain("12345678", answers);
        Assert.DoesNotContain("345 678", answers);

        // Stored only as the encrypted contact a page is sent to.
        await using var db = await api.Server.OpenDbAsync();
        Assert.Equal(1, await db.ExecuteScalarAsync<long>("SELECT count(*) FROM contacts c JOIN responders r ON r.contact_id = c.id WHERE c.channel = 'sms'"));
        var addressBytes = await db.QuerySingleAsync<byte[]>("SELECT address_enc FROM contacts");
        Assert.DoesNotContain("345678", System.Text.Encoding.UTF8.GetString(addressBytes));
    }

    [Fact]
    public async Task Registering_a_phone_that_already_belongs_to_a_responder_is_a_conflict()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var a = await api.OrganisationAsync("Organisation A");
        var b = await api.OrganisationAsync("Organisation B");
        var first = (await a.CreateResponderAsync("Vanna", "+85512999888")).GetProperty("id").GetInt64();
        var second = (await a.CreateResponderAsync("Kosal", "+85512999777")).GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.Conflict, (await a.Http.PostAsJsonAsync("/api/responders", new { name = "Again", phone = "+85512999888" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await b.Http.PostAsJsonAsync("/api/responders", new { name = "Elsewhere", phone = "+855 12 999 888" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await a.Http.PatchAsJsonAsync($"/api/responders/{second}", new { phone = "+85512999888" })).StatusCode);

        // The refused change left the second responder's number as it was.
        var kosal = await a.Http.GetFromJsonAsync<JsonElement>($"/api/responders/{second}");
        Assert.EndsWith("777", kosal.GetProperty("phone_masked").GetString());
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task An_invalid_phone_role_or_pin_is_refused_naming_the_field()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Organisation A");
        await ProblemAssert.NamesFieldAsync(await org.Http.PostAsJsonAsync("/api/responders", new { name = "A", phone = "012 345 678" }), "phone");
        await ProblemAssert.NamesFieldAsync(await org.Http.PostAsJsonAsync("/api/responders", new { name = "A", phone = "+85512345678", role = "boss" }), "role");
        await ProblemAssert.NamesFieldAsync(await org.Http.PostAsJsonAsync("/api/responders", new { name = "A", phone = "+85512345678", pin = "12" }), "pin");
        await ProblemAssert.NamesFieldAsync(await org.Http.PostAsJsonAsync("/api/responders", new { name = "A", phone = "+85512345678", pin = "12ab" }), "pin");
        await ProblemAssert.NamesFieldAsync(await org.Http.PostAsJsonAsync("/api/responders", new { phone = "+85512345678" }), "name");
        await ProblemAssert.NamesFieldAsync(await org.Http.PostAsJsonAsync("/api/responders", new { name = "A", phone = "+85512345678", languages = new[] { "fr" } }), "languages");
        await ProblemAssert.NamesFieldAsync(await org.Http.PostAsJsonAsync("/api/responders", new { name = "A", phone = "+85512345678", provinces = new[] { "KH-99" } }), "provinces");
        Assert.Equal(0, await api.Server.CountAsync("SELECT count(*) FROM responders"));
    }

    [Fact]
    public async Task Malformed_json_a_wrong_type_or_an_unknown_field_is_a_400_naming_the_field_never_a_500()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Organisation A");
        static StringContent Json(string text) => new(text, System.Text.Encoding.UTF8, "application/json");

        await ProblemAssert.NamesFieldAsync(await org.Http.PostAsync("/api/responders", Json("""{"name": "A", "phone": "+85512345678", "on_duty": "yes"}""")), "on_duty");
        await ProblemAssert.NamesFieldAsync(await org.Http.PostAsync("/api/responders", Json("""{"name": "A", "phone_number": "+85512345678"}""")), "phone_number");
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Http.PostAsync("/api/responders", Json("""{"name": "A", """))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Http.PostAsync("/api/responders", Json("null"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Http.PostAsync("/api/shifts", Json("[1, 2]"))).StatusCode);
        await ProblemAssert.NamesFieldAsync(await org.Http.GetAsync("/api/responders?include_disabled=maybe"), "include_disabled");
    }

    [Fact]
    public async Task The_pin_is_stored_as_a_salted_pbkdf2_hash_and_never_returned()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Organisation A");
        var response = await org.Http.PostAsJsonAsync("/api/responders", new { name = "Pisey", phone = "+85516555444", pin = "482913" });
        var created = await response.Content.ReadAsStringAsync();
        var id = JsonDocument.Parse(created).RootElement.GetProperty("id").GetInt64();
        Assert.True(JsonDocument.Parse(created).RootElement.GetProperty("has_pin").GetBoolean());
        Assert.DoesNotContain("482913", created + await org.Http.GetStringAsync("/api/responders"));

        await using var db = await api.Server.OpenDbAsync();
        var stored = await db.QuerySingleAsync<byte[]>("SELECT pin_hash FROM responders WHERE id = @id", new { id });
        Assert.DoesNotContain("482913", System.Text.Encoding.UTF8.GetString(stored));
        Assert.Equal(49, stored.Length);
        Assert.True(ResponderPin.Verify("482913", stored));
        Assert.False(ResponderPin.Verify("482914", stored));

        // A second responder with the same PIN gets a different hash (salted).
        await org.Http.PostAsJsonAsync("/api/responders", new { name = "Rith", phone = "+85516555333", pin = "482913" });
        Assert.Equal(2, await db.ExecuteScalarAsync<long>("SELECT count(DISTINCT pin_hash) FROM responders"));
    }

    [Fact]
    public async Task Changes_to_responders_are_audited_by_key_without_personal_data_and_audit_rows_cannot_be_rewritten()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Organisation A");
        var id = (await org.CreateResponderAsync("Chenda", "+85517222111")).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await org.Http.PatchAsJsonAsync($"/api/responders/{id}", new { team = "day", on_duty = false })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await org.Http.DeleteAsync($"/api/responders/{id}")).StatusCode);

        await using var db = await api.Server.OpenDbAsync();
        var rows = (await db.QueryAsync<(string Actor, string Action, string Target)>(
            "SELECT actor, action, target FROM audit_log WHERE target = @target ORDER BY id", new { target = "responder:" + id })).ToList();
        Assert.Equal(["responder.create", "responder.update", "responder.disable"], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal("api_key:" + org.KeyId, r.Actor));
        var everything = string.Join("|", await db.QueryAsync<string>("SELECT concat_ws(',', actor, action, target) FROM audit_log"));
        Assert.DoesNotContain("Chenda", everything);
        Assert.DoesNotContain("222111", everything);

        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.ExecuteAsync("UPDATE audit_log SET action = 'nothing'"));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.ExecuteAsync("DELETE FROM audit_log"));
    }

    [Fact]
    public async Task A_disabled_responder_is_off_duty_and_left_out_of_the_list_unless_asked_for()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Organisation A");
        var id = (await org.CreateResponderAsync("Bopha", "+85517333444")).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await org.Http.DeleteAsync($"/api/responders/{id}")).StatusCode);

        Assert.Equal(0, (await org.Http.GetFromJsonAsync<JsonElement>("/api/responders")).GetArrayLength());
        var disabled = await org.Http.GetFromJsonAsync<JsonElement>($"/api/responders/{id}");
        Assert.False(disabled.GetProperty("on_duty").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, disabled.GetProperty("disabled_at").ValueKind);
        Assert.Equal(1, (await org.Http.GetFromJsonAsync<JsonElement>("/api/responders?include_disabled=true")).GetArrayLength());
    }
}
