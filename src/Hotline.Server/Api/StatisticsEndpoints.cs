using System.Text.Json.Serialization;
using Hotline.Server.Statistics;
using Hotline.Storage.Admin;
using Hotline.Storage.Statistics;
using Hotline.Storage.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Server.Api;

/// <summary>
/// GET /api/statistics: the figures of the console's statistics page, as JSON or CSV (?format=csv, or Accept:
/// text/csv). Counts and medians only, never a case or a person; every request is an audited export.
/// </summary>
public static class StatisticsEndpoints
{
    public sealed record StatisticsTableResponse(
        string Name,
        string Scope,
        string[] Columns,
        [property: JsonPropertyName("rows")] string[][] Rows);

    public sealed record StatisticsResponse(
        string Period,
        DateTimeOffset From,
        DateTimeOffset To,
        [property: JsonPropertyName("small_count_threshold")] int SmallCountThreshold,
        StatisticsTableResponse[] Tables);

    public static void MapStatistics(this RouteGroupBuilder api)
    {
        api.MapGet("/statistics", async (ApiCaller caller, HttpContext http, StatisticsStore store, Hotline.Server.CheckIns.CheckInSettings checkIns, TenantDatabase tenants,
                TimeProvider time, CancellationToken ct, [FromQuery] string? period, [FromQuery] string? format, [FromQuery] string? table) =>
            {
                var errors = new ValidationErrors();
                var chosen = period is null ? StatisticsPeriod.Days30 : StatisticsPeriod.Parse(period);
                if (chosen is null) errors.Add("period", "One of: " + string.Join(", ", StatisticsPeriod.All.Select(p => p.Code)) + ".");
                var csv = format == "csv" || (format is null && http.Request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase));
                if (format is not (null or "csv" or "json")) errors.Add("format", "One of: json, csv.");
                if (errors.Any) return errors.ToResult();

                var now = time.GetUtcNow();
                var report = await store.ReportAsync(caller.OrganisationId, chosen!, now, checkIns.Content.Income.LowIncomeCents, ct);
                StatisticsTable? one = null;
                if (table is not null && (one = report.Table(table)) is null)
                {
                    errors.Add("table", "One of: " + string.Join(", ", report.Tables.Select(t => t.Name)) + ".");
                    return errors.ToResult();
                }
                await AuditLog.RecordAsync(tenants, caller.OrganisationId, caller.Actor,
                    "statistics.export", $"statistics:{table ?? "all"}:{report.Period}:{(csv ? "csv" : "json")}", now, CancellationToken.None);
                if (csv)
                    return one is null
                        ? StatisticsCsv.Download(http, $"statistics-{report.Period}.csv", StatisticsCsv.WriteAll(report))
                        : StatisticsCsv.Download(http, $"{one.Name}-{report.Period}.csv", StatisticsCsv.Write(one));
                var tables = one is null ? report.Tables : [one];
                return Results.Ok(new StatisticsResponse(report.Period, ApiRules.InPhnomPenh(report.From), ApiRules.InPhnomPenh(report.To),
                    StatisticsStore.SmallestShown, tables.Select(t => new StatisticsTableResponse(t.Name, StatisticsCsv.ScopeName(t.Scope),
                        t.Columns.ToArray(), t.Rows.Select(r => r.Select(c => c.Text).ToArray()).ToArray())).ToArray()));
            })
            .WithName("GetStatistics").WithTags("Statistics")
            .WithSummary("Anonymised figures for the last 30 days, 90 days or 12 months (period=30d|90d|12m): screenings, cases by need " +
                         "and outcome, SLA medians, agency reports, check-in outcomes. JSON, or CSV with format=csv or Accept: text/csv " +
                         "(one table with table=name). Counts of 1 to 4 beyond your organisation read \"<5\".")
            .Produces<StatisticsResponse>()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem();
    }
}
