using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Integration.Tests.Support;

namespace Hotline.Integration.Tests.Api;

[Collection(PostgresCollection.Name)]
public sealed class ShiftApiTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_shift_must_end_after_it_starts_and_last_at_most_14_days()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Organisation A");
        var id = (await org.CreateResponderAsync("Sophea", "+85512444555")).GetProperty("id").GetInt64();

        await ProblemAssert.NamesFieldAsync(await Post(org, id, "primary", "2026-12-01T20:00:00+07:00", "2026-12-01T08:00:00+07:00"), "ends_at");
        await ProblemAssert.NamesFieldAsync(await Post(org, id, "primary", "2026-12-01T08:00:00+07:00", "2026-12-15T08:00:01+07:00"), "ends_at");
        await ProblemAssert.NamesFieldAsync(await Post(org, id, "lead", "2026-12-01T08:00:00+07:00", "2026-12-01T20:00:00+07:00"), "role");
        await ProblemAssert.NamesFieldAsync(await Post(org, id, "primary", "tomorrow", "2026-12-01T20:00:00+07:00"), "starts_at");
        await ProblemAssert.NamesFieldAsync(await Post(org, id + 1000, "primary", "2026-12-01T08:00:00+07:00", "2026-12-01T20:00:00+07:00"), "responder_id");
        Assert.Equal(HttpStatusCode.Created, (await Post(org, id, "backup", "2026-12-01T08:00:00+07:00", "2026-12-15T08:00:00+07:00")).StatusCode);
    }

    [Fact]
    public async Task A_time_without_an_offset_is_refused_rather_than_guessed()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Organisation A");
        var id = (await org.CreateResponderAsync("Sophea", "+85512444555")).GetProperty("id").GetInt64();
        await ProblemAssert.NamesFieldAsync(await Post(org, id, "primary", "2026-12-01T08:00:00", "2026-12-01T20:00:00+07:00"), "starts_at");
        await ProblemAssert.NamesFieldAsync(await org.Http.GetAsync("/api/shifts?from=2026-12-01T08:00:00"), "from");
    }

    [Fact]
    public async Task Shifts_come_back_in_phnom_penh_time_for_the_window_asked_for_and_can_be_deleted()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Organisation A");
        var id = (await org.CreateResponderAsync("Sophea", "+85512444555")).GetProperty("id").GetInt64();
        var early = (await org.CreateShiftAsync(id, "primary", "2026-12-01T01:00:00Z", "2026-12-01T13:00:00Z")).GetProperty("id").GetInt64();
        await org.CreateShiftAsync(id, "primary", "2026-12-03T08:00:00+07:00", "2026-12-03T20:00:00+07:00");

        var day = await org.Http.GetFromJsonAsync<JsonElement>("/api/shifts?from=2026-12-01T00:00:00%2B07:00&to=2026-12-02T00:00:00%2B07:00");
        var only = Assert.Single(day.EnumerateArray());
        Assert.Equal("2026-12-01T08:00:00+07:00", only.GetProperty("starts_at").GetString());
        Assert.Equal("Sophea", only.GetProperty("responder_name").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await org.Http.DeleteAsync($"/api/shifts/{early}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Http.GetAsync($"/api/shifts/{early}")).StatusCode);
        Assert.Equal(2, await api.Server.CountAsync("SELECT count(*) FROM audit_log WHERE action IN ('shift.create', 'shift.delete') AND target = @t", new { t = "shift:" + early }));
    }

    [Fact]
    public async Task On_call_now_names_the_primary_and_backup_whose_shifts_cover_the_current_time_and_the_coordinators()
    {
        var clock = new FixedTime(DateTimeOffset.Parse("2026-12-01T02:30:00+07:00"));
        await using var api = await ApiTestServer.StartAsync(postgres, clock);
        var org = await api.OrganisationAsync("Organisation A");
        var night = (await org.CreateResponderAsync("Night Primary", "+85512000111")).GetProperty("id").GetInt64();
        var day = (await org.CreateResponderAsync("Day Primary", "+85512000222")).GetProperty("id").GetInt64();
        var backup = (await org.CreateResponderAsync("Backup", "+85512000333")).GetProperty("id").GetInt64();
        var away = (await org.CreateResponderAsync("Off Duty", "+85512000444")).GetProperty("id").GetInt64();
        await org.CreateResponderAsync("Coordinator", "+85512000555", role: "coordinator");

        await org.CreateShiftAsync(night, "primary", "2026-11-30T20:00:00+07:00", "2026-12-01T08:00:00+07:00");
        await org.CreateShiftAsync(day, "primary", "2026-12-01T08:00:00+07:00", "2026-12-01T20:00:00+07:00");
        await org.CreateShiftAsync(backup, "backup", "2026-12-01T00:00:00+07:00", "2026-12-02T00:00:00+07:00");
        // Started later, so it would win the backup slot, but its responder is off duty.
        await org.CreateShiftAsync(away, "backup", "2026-12-01T01:00:00+07:00", "2026-12-01T12:00:00+07:00");
        await org.Http.PatchAsJsonAsync($"/api/responders/{away}", new { on_duty = false });

        var now = await org.Http.GetFromJsonAsync<JsonElement>("/api/oncall/now");
        Assert.Equal(night, now.GetProperty("primary").GetProperty("responder_id").GetInt64());
        Assert.Equal("+855 •• ••• 111", now.GetProperty("primary").GetProperty("phone_masked").GetString());
        Assert.Equal(backup, now.GetProperty("backup").GetProperty("responder_id").GetInt64());
        Assert.Equal("Coordinator", Assert.Single(now.GetProperty("coordinators").EnumerateArray()).GetProperty("name").GetString());

        clock.Now = DateTimeOffset.Parse("2026-12-01T09:00:00+07:00");
        now = await org.Http.GetFromJsonAsync<JsonElement>("/api/oncall/now");
        Assert.Equal(day, now.GetProperty("primary").GetProperty("responder_id").GetInt64());

        clock.Now = DateTimeOffset.Parse("2026-12-02T09:00:00+07:00");
        now = await org.Http.GetFromJsonAsync<JsonElement>("/api/oncall/now");
        Assert.Equal(JsonValueKind.Null, now.GetProperty("primary").ValueKind);
        Assert.Equal(JsonValueKind.Null, now.GetProperty("backup").ValueKind);
    }

    private static Task<HttpResponseMessage> Post(OrganisationClient org, long responderId, string role, string startsAt, string endsAt) =>
        org.Http.PostAsJsonAsync("/api/shifts", new { responder_id = responderId, role, starts_at = startsAt, ends_at = endsAt });
}
