using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Identity;

namespace Hotline.Integration.Tests.StaffConsole;

[Collection(PostgresCollection.Name)]
public sealed partial class StatisticsConsoleTests(PostgresFixture postgres)
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

    /// <summary>The decoded HTML of one table's section of the statistics page.</summary>
    private static string Section(string page, string table)
    {
        var match = Regex.Match(page, $"<section class=\"statistic\" id=\"{table}\">(.*?)</section>", RegexOptions.Singleline);
        Assert.True(match.Success, $"the page has a section for {table}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static string Row(string label, params string[] cells) => $"<th scope=\"row\">{label}</th>" + string.Concat(cells.Select(c => $"<td>{c}</td>"));

    [Fact]
    public async Task The_statistics_page_shows_the_figures_of_the_period_with_medians_and_small_counts_suppressed_beyond_the_organisation()
    {
        var (server, _, _, browser) = await StartAsync(postgres);
        await using var _s = server;
        using var _b = browser;

        var page = await browser.PageAsync("/console/statistics?period=30d");
        Assert.Contains(Row("wage_claim", "3"), Section(page, "cases_by_need"));
        Assert.Contains(Row("legal_aid", "1"), Section(page, "cases_by_need"));
        Assert.Contains(Row("not_closed", "3"), Section(page, "cases_by_outcome"));
        Assert.Contains(Row("resolved", "1"), Section(page, "cases_by_outcome"));
        var sla = Section(page, "sla_medians");
        Assert.Contains(Row("time_to_first_page", "3", "4"), sla);
        Assert.Contains(Row("time_to_acknowledgement", "3", "9"), sla);
        Assert.Contains(Row("time_to_first_reply", "2", "13"), sla);
        // Every organisation: B's seven legal_aid cases count here, A's three wage_claim cases show as <5.
        Assert.Contains(Row("legal_aid", "8"), Section(page, "cases_by_need_all_organisations"));
        Assert.Contains(Row("wage_claim", "<5"), Section(page, "cases_by_need_all_organisations"));
        Assert.Contains(Row("high", "6"), Section(page, "screenings_by_level"));
        Assert.Contains(Row("medium", "<5"), Section(page, "screenings_by_level"));
        Assert.Contains(Row("KH-2", "9"), Section(page, "screenings_by_province"));
        Assert.Contains(Row("fees", "5"), Section(page, "agency_reports_by_reason"));
        Assert.Contains(Row("reached", "1"), Section(page, "checkins_reached"));
        Assert.Contains(Row("not_reached", "1"), Section(page, "checkins_reached"));
        Assert.Contains(Row("need_to_talk", "1"), Section(page, "followup_tasks_by_kind"));
        Assert.Contains(Row("101", "1", "1", "0"), Section(page, "checkins_by_round"));

        var longer = await browser.PageAsync("/console/statistics?period=90d");
        Assert.Contains(Row("wage_claim", "4"), Section(longer, "cases_by_need"));
        Assert.Contains(Row("high", "8"), Section(longer, "screenings_by_level"));
    }

    [Fact]
    public async Task Another_organisations_cases_and_check_ins_never_count_in_its_own_figures()
    {
        var (server, _, _, browser) = await StartAsync(postgres);
        await using var _s = server;
        using var _b = browser;

        var page = await browser.PageAsync("/console/statistics?period=12m");
        Assert.DoesNotContain("referred", Section(page, "cases_by_outcome"));
        Assert.Contains(Row("legal_aid", "1"), Section(page, "cases_by_need"));
        Assert.Contains(Row("time_to_first_page", "4", "3"), Section(page, "sla_medians")); // 1, 2, 4, 10: B's 500 minutes never count
        Assert.Contains(Row("101", "1", "1", "0"), Section(page, "checkins_by_round")); // B's round 101 would make it 2 sent, 2 reached
        // Every organisation together: A's and B's round 101, two of each, shown as "<5" (no one can be singled out).
        Assert.Contains(Row("101", "<5", "<5", "0"), Section(page, "checkins_by_round_all_organisations"));
        Assert.Contains(Row("reached", "1"), Section(page, "checkins_reached"));
    }

    [Fact]
    public async Task Each_chart_is_an_accessible_svg_with_its_values_as_text()
    {
        var (server, _, _, browser) = await StartAsync(postgres);
        await using var _s = server;
        using var _b = browser;

        var page = await browser.PageAsync("/console/statistics");
        var levels = Section(page, "screenings_by_level");
        Assert.Contains("<svg class=\"chart\"", levels);
        Assert.Contains("role=\"img\"", levels);
        Assert.Contains("<title id=\"chart-screenings_by_level-title\">Screenings by risk level</title>", levels);
        Assert.Contains("<desc id=\"chart-screenings_by_level-desc\">high: 6; medium: <5</desc>", levels);
        Assert.Matches("<text class=\"label\"[^>]*>high</text>", levels);
        Assert.Matches("<text class=\"value\"[^>]*>6</text>", levels);
        Assert.Matches("<text class=\"value\"[^>]*><5</text>", levels);
        Assert.Contains("viewBox=\"0 0 320 ", levels);
        Assert.Contains("<thead><tr><th>level</th><th class=\"charted\">count</th></tr></thead>", page); // raw markup, not encoded
    }

    [Fact]
    public async Task A_table_downloads_as_quoted_csv_with_formulas_defused_and_the_export_is_audited()
    {
        var (server, _, account, browser) = await StartAsync(postgres);
        await using var _s = server;
        using var _b = browser;

        var response = await browser.GetAsync("/console/statistics/screenings_by_destination.csv?period=30d");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment; filename=\"screenings_by_destination-30d.csv\"", response.Content.Headers.ContentDisposition?.ToString());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Equal(
            "destination,count\r\n" +
            "\"Thailand, Bangkok\",6\r\n" +
            "\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\",<5\r\n", csv);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/console/statistics/no_such_table.csv")).StatusCode);

        await using var db = await server.OpenDbAsync();
        var audited = await db.QuerySingleAsync<(string Action, string Target, long Org)>(
            "SELECT action, target, organisation_id FROM audit_log WHERE actor = @actor AND action = 'statistics.export'", new { actor = "staff:" + account.Id });
        Assert.Equal(("statistics.export", "statistics:screenings_by_destination:30d:csv", account.OrganisationId), audited);
    }
}
