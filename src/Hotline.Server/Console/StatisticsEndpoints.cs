using Hotline.Server.Statistics;
using Hotline.Storage.Statistics;

namespace Hotline.Server.StaffConsole;

/// <summary>
/// /console/statistics: the anonymised figures for the last 30 days, 90 days or 12 months, each table with a bar
/// chart drawn on the server and a CSV download (/console/statistics/{table}.csv?period=…, audited as an export).
/// Tables are rendered generically, so a table added to <see cref="StatisticsStore"/> appears here, in the CSV and
/// in GET /api/statistics with no change to this page.
/// </summary>
public static class StatisticsEndpoints
{
    public static void MapStatisticsPages(this RouteGroupBuilder console)
    {
        console.MapGet("/statistics", async (HttpContext context, ConsoleSession session, StatisticsStore store, Hotline.Server.CheckIns.CheckInSettings checkIns, TimeProvider time) =>
        {
            var labels = Labels.For(context);
            var staff = ConsoleSession.Staff(context);
            var period = Period(context);
            var report = await store.ReportAsync(staff.OrganisationId, period, time.GetUtcNow(), checkIns.Content.Income.LowIncomeCents, context.RequestAborted);
            var tabs = Html.Join(StatisticsPeriod.All.Select(p => Html.Of(
                $"<a href=\"/console/statistics?period={p.Code}\" class=\"tab{(p == period ? " current" : "")}\">{PeriodName(labels, p)}</a> ")));
            var sections = Html.Join(report.Tables.Select(t => Section(labels, t, period)));
            return ConsoleLayout.Page(context, labels, labels.Statistics, Html.Of($"""
                <h1>{labels.Statistics}</h1>
                <nav class="tabs">{tabs}</nav>
                <p class="hint">{ConsoleLayout.Time(report.From)} – {ConsoleLayout.Time(report.To)}</p>
                {sections}
                """), staff, QueueEndpoints.SignOut(context, session, labels));
        });

        console.MapGet("/statistics/{name}.csv", async (string name, HttpContext context, StatisticsStore store, Hotline.Server.CheckIns.CheckInSettings checkIns, ConsoleCaseStore cases, TimeProvider time) =>
        {
            var staff = ConsoleSession.Staff(context);
            var period = Period(context);
            var now = time.GetUtcNow();
            var report = await store.ReportAsync(staff.OrganisationId, period, now, checkIns.Content.Income.LowIncomeCents, context.RequestAborted);
            if (report.Table(name) is not { } table) return Results.NotFound();
            await cases.AuditAsync(staff, "statistics.export", $"statistics:{table.Name}:{period.Code}:csv", now, CancellationToken.None);
            return StatisticsCsv.Download(context, $"{table.Name}-{period.Code}.csv", StatisticsCsv.Write(table));
        });
    }

    private static StatisticsPeriod Period(HttpContext context) =>
        StatisticsPeriod.Parse(context.Request.Query["period"].ToString()) ?? StatisticsPeriod.Days30;

    private static string PeriodName(Labels labels, StatisticsPeriod period) =>
        period == StatisticsPeriod.Days90 ? labels.Last90Days : period == StatisticsPeriod.Months12 ? labels.Last12Months : labels.Last30Days;

    /// <summary>One table: title, whose figures they are, the chart, the numbers, the download.</summary>
    private static Html Section(Labels labels, StatisticsTable table, StatisticsPeriod period)
    {
        var title = labels.TableTitle(table.Name);
        var scope = table.Scope == StatisticsScope.Organisation ? labels.YourOrganisation : labels.AllOrganisations;
        if (table.Rows.Count == 0)
            return Html.Of($"""
                <section class="statistic" id="{table.Name}"><h2>{title}</h2><p class="scope">{scope}</p><p class="empty">{labels.NoFigures}</p></section>
                """);
        var chart = SvgChart.Bars("chart-" + table.Name, title,
            table.Rows.Select(r => new ChartBar(r[0].Text, r[table.ChartColumn].Number, r[table.ChartColumn].Text)).ToList());
        // The column the chart draws is marked, so the chart and its numbers can be matched up.
        var head = Html.Join(table.Columns.Select((c, i) => i == table.ChartColumn
            ? Html.Of($"<th class=\"charted\">{c.Replace('_', ' ')}</th>")
            : Html.Of($"<th>{c.Replace('_', ' ')}</th>")));
        var rows = Html.Join(table.Rows.Select(r => Html.Of($"<tr>{Html.Join(r.Select((cell, i) => i == 0 ? Html.Of($"<th scope=\"row\">{cell.Text}</th>") : Html.Of($"<td>{cell.Text}</td>")))}</tr>")));
        return Html.Of($"""
            <section class="statistic" id="{table.Name}">
            <h2>{title}</h2>
            <p class="scope">{scope}</p>
            {chart}
            <div class="scroll"><table class="figures"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>
            <p><a class="download" href="/console/statistics/{table.Name}.csv?period={period.Code}" download>{labels.DownloadCsv}</a></p>
            </section>
            """);
    }
}
