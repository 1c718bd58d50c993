using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Hotline.Integration.Tests.StaffConsole;
using Hotline.Integration.Tests.Support;

namespace Hotline.Integration.Tests.Api;

[Collection(PostgresCollection.Name)]
public sealed class StatisticsApiTests(PostgresFixture postgres)
{
    private static string[][] Rows(JsonElement report, string table) =>
        report.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("name").GetString() == table)
            .GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToArray()).ToArray();

    [Fact]
    public async Task The_api_serves_the_consoles_figures_as_json_and_as_csv_and_audits_each_export()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        await StatisticsSeed.CreateAsync(api.Server);
        var org = await api.OrganisationAsync(StatisticsSeed.NameA);

        var report = await org.Http.GetFromJsonAsync<JsonElement>("/api/statistics?period=30d");
        Assert.Equal("30d", report.GetProperty("period").GetString());
        Assert.Equal(5, report.GetProperty("small_count_threshold").GetInt32());
        Assert.Equal([["wage_claim", "3"], ["legal_aid", "1"]], Rows(report, "cases_by_need"));
        Assert.Equal(["time_to_first_page", "3", "4"], Rows(report, "sla_medians")[0]);
        Assert.Equal([["high", "6"], ["medium", "<5"]], Rows(report, "screenings_by_level"));
        Assert.Equal("all_organisations", report.GetProperty("tables").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "screenings_by_level").GetProperty("scope").GetString());

        var byAccept = new HttpRequestMessage(HttpMethod.Get, "/api/statistics?period=30d");
        byAccept.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var all = await org.Http.SendAsync(byAccept);
        Assert.Equal("text/csv", all.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", all.Content.Headers.ContentDisposition?.DispositionType);
        var lines = (await all.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal("table,scope,row,column,value", lines[0]);
        Assert.Contains("cases_by_need,organisation,wage_claim,count,3", lines);
        Assert.Contains("sla_medians,organisation,time_to_first_page,median_minutes,4", lines);

        var one = await org.Http.GetStringAsync("/api/statistics?period=30d&format=csv&table=sla_medians");
        Assert.Equal("measure,cases,median_minutes\r\ntime_to_first_page,3,4\r\ntime_to_acknowledgement,3,9\r\ntime_to_first_reply,2,13\r\n", one);

        await ProblemAssert.NamesFieldAsync(await org.Http.GetAsync("/api/statistics?period=week"), "period");
        await ProblemAssert.NamesFieldAsync(await org.Http.GetAsync("/api/statistics?table=people"), "table");
        await using var db = await api.Server.OpenDbAsync();
        var exports = (await db.QueryAsync<string>("SELECT target FROM audit_log WHERE actor = @actor AND action = 'statistics.export' ORDER BY id",
            new { actor = "api_key:" + org.KeyId })).ToList();
        Assert.Equal(["statistics:all:30d:json", "statistics:all:30d:csv", "statistics:sla_medians:30d:csv"], exports);
    }

    [Fact]
    public async Task Another_organisations_key_gets_its_own_figures_only()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        await StatisticsSeed.CreateAsync(api.Server);
        var other = await api.OrganisationAsync(StatisticsSeed.NameB);

        var report = await other.Http.GetFromJsonAsync<JsonElement>("/api/statistics?period=90d");
        Assert.Equal([["legal_aid", "7"]], Rows(report, "cases_by_need"));
        Assert.Equal(["time_to_first_page", "7", "500"], Rows(report, "sla_medians")[0]);
        Assert.Equal([["reached", "1"], ["not_reached", "1"]], Rows(report, "checkins_reached"));
        Assert.Empty(Rows(report, "followup_tasks_by_kind"));
    }

    [Fact]
    public async Task Check_in_outcomes_count_only_the_callers_organisation_in_its_own_scope()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        await StatisticsSeed.CreateAsync(api.Server);
        var org = await api.OrganisationAsync(StatisticsSeed.NameA);

        var outcomes = await org.Http.GetFromJsonAsync<JsonElement>("/api/checkins/outcomes");
        var tables = outcomes.GetProperty("organisation").GetProperty("tables").EnumerateArray()
            .ToDictionary(t => t.GetProperty("id").GetString()!, t => t);
        long Sum(string table, string column)
        {
            var columns = tables[table].GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
            var i = columns.IndexOf(column);
            return tables[table].GetProperty("rows").EnumerateArray().Sum(r => long.Parse(r[i].GetString()!));
        }
        Assert.Equal(2, Sum("reached_by_round", "sent"));
        Assert.Equal(1, Sum("reached_by_round", "reached"));
        Assert.Equal(1, Sum("reached_by_round", "not_reached"));
        Assert.Equal(1, Sum("by_months_since_reintegration", "would_like_to_talk"));
        Assert.Equal(0, Sum("by_months_since_reintegration", "good")); // organisation B's answer
        Assert.Equal(1, Sum("followup_tasks", "opened"));

        var csv = (await org.Http.GetStringAsync("/api/checkins/outcomes?format=csv")).Split("\r\n");
        Assert.Equal("scope,table,row,column,value", csv[0]);
        Assert.Contains("organisation,followup_tasks,need_to_talk,opened,1", csv);
    }
}
