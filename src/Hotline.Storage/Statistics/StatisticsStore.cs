using System.Globalization;
using Dapper;
using Hotline.Domain.Cases;
using Hotline.Storage.CheckIns;
using Hotline.Storage.Tenancy;
using Npgsql;

namespace Hotline.Storage.Statistics;

/// <summary>
/// The anonymised figures behind the console's statistics page and GET /api/statistics. The signed-in
/// organisation's own figures are exact. Figures that count beyond it — every organisation's cases, and the
/// hotline's screenings and agency reports, which belong to no organisation — show 1 to 4 as "&lt;5" (small-count
/// suppression), so that a rare need, destination or province cannot point at one person.
/// Runs as the tenant bound to the organisation: the figures beyond it come from the <c>hotline_counts</c> function
/// (migration 0011), which answers counts per label and never a row.
/// </summary>
public sealed class StatisticsStore(TenantDatabase tenants, CheckInOutcomeStore checkIns)
{
    /// <summary>Counts from 1 up to this are suppressed in figures beyond the organisation.</summary>
    public const int SmallestShown = 5;

    /// <summary>The screening_records columns shown, one table each (hotline_counts knows each by name).</summary>
    private static readonly IReadOnlyList<string> ScreeningColumns = ["level", "destination", "sector", "province"];

    private const string Unknown = "unknown";

    /// <param name="lowIncomeCents">The content's monthly income threshold (check-ins), in US cents.</param>
    public async Task<StatisticsReport> ReportAsync(long organisationId, StatisticsPeriod period, DateTimeOffset now, long lowIncomeCents, CancellationToken ct)
    {
        var from = period.Start(now);
        var args = new { org = organisationId, from = from.UtcDateTime, fromDay = PhnomPenhTime.LocalDate(from).ToDateTime(TimeOnly.MinValue) };
        var tables = new List<StatisticsTable>();
        await using (var tenant = await tenants.BeginAsync(organisationId, ct))
        {
            var (connection, transaction) = tenant;
            async Task CountsAsync(string name, StatisticsScope scope, string column, string sql) =>
                tables.Add(Counts(name, scope, column, await connection.QueryAsync<(string? Label, long Count)>(sql, args, transaction)));
            // Beyond the organisation: counts per label from hotline_counts, never rows.
            async Task HotlineCountsAsync(string name, string figure, string column) =>
                tables.Add(Counts(name, StatisticsScope.AllOrganisations, column, await connection.QueryAsync<(string? Label, long Count)>(
                    "SELECT label, total FROM hotline_counts(@figure, @from, @fromDay::date)", new { figure, args.from, args.fromDay }, transaction)));

            await CountsAsync("cases_by_need", StatisticsScope.Organisation, "need", """
                SELECT need, count(*) FROM cases WHERE organisation_id = @org AND opened_at >= @from GROUP BY 1 ORDER BY 2 DESC, 1
                """);
            await CountsAsync("cases_by_outcome", StatisticsScope.Organisation, "outcome", """
                SELECT coalesce(outcome, 'not_closed'), count(*) FROM cases WHERE organisation_id = @org AND opened_at >= @from GROUP BY 1 ORDER BY 2 DESC, 1
                """);
            tables.Add(await SlaMediansAsync(connection, transaction, args));
            // Every organisation's cases: counts only, no case-level data, small counts suppressed.
            await HotlineCountsAsync("cases_by_need_all_organisations", "cases_by_need", "need");
            await HotlineCountsAsync("cases_by_outcome_all_organisations", "cases_by_outcome", "outcome");
            // Screenings and agency reports are anonymous hotline records with no organisation: hotline-wide figures.
            foreach (var column in ScreeningColumns)
                await HotlineCountsAsync("screenings_by_" + column, "screenings_by_" + column, column);
            await HotlineCountsAsync("agency_reports_by_reason", "agency_reports_by_reason", "reason");
        }
        tables.AddRange(CheckInTables(await checkIns.ReadAsync(organisationId, lowIncomeCents, ct, since: from), StatisticsScope.Organisation));
        tables.AddRange(CheckInTables(await checkIns.ReadOverallAsync(lowIncomeCents, ct, since: from), StatisticsScope.AllOrganisations));
        return new StatisticsReport(period.Code, from, now, tables);
    }

    /// <summary>Medians, over the organisation's cases opened in the period, of the minutes from opening to the first
    /// page, to a responder taking the case, and to the first reply to the person.</summary>
    private static async Task<StatisticsTable> SlaMediansAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, object args)
    {
        var row = await connection.QuerySingleAsync<(long Paged, double? ToPage, long Acked, double? ToAck, long Replied, double? ToReply)>(
            """
            SELECT count(first_paged_at),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_paged_at - opened_at)::float8) / 60,
                   count(acked_at),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acked_at - opened_at)::float8) / 60,
                   count(first_reply_at),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_reply_at - opened_at)::float8) / 60
            FROM cases WHERE organisation_id = @org AND opened_at >= @from
            """, args, transaction);
        IReadOnlyList<StatisticsCell> Median(string measure, long cases, double? minutes) =>
            [StatisticsCell.Label(measure), Count(cases, suppress: false),
             minutes is { } m ? new StatisticsCell(Math.Round(m, 1).ToString("0.#", CultureInfo.InvariantCulture), Math.Round(m, 1)) : StatisticsCell.Label("–")];
        return new StatisticsTable("sla_medians", StatisticsScope.Organisation, ["measure", "cases", "median_minutes"],
            [Median("time_to_first_page", row.Paged, row.ToPage), Median("time_to_acknowledgement", row.Acked, row.ToAck),
             Median("time_to_first_reply", row.Replied, row.ToReply)], ChartColumn: 2);
    }

    /// <summary>Check-in outcome figures, as tables: reached against not reached, by round, how people are doing,
    /// working and earning by months since reintegration, the needs raised by component, and the follow-up tasks the
    /// answers raised. The organisation's are exact; every organisation's together carry "_all_organisations" in
    /// their names and show counts of 1 to 4 as "&lt;5".</summary>
    public static IEnumerable<StatisticsTable> CheckInTables(CheckInOutcomeStore.Counts counts, StatisticsScope scope)
    {
        var suffix = scope == StatisticsScope.AllOrganisations ? "_all_organisations" : "";
        StatisticsCell N(long n) => Count(n, suppress: scope == StatisticsScope.AllOrganisations);
        yield return Counts("checkins_reached" + suffix, scope, "result",
            [("reached", counts.Rounds.Sum(r => r.Reached)), ("not_reached", counts.Rounds.Sum(r => r.NotReached))]);
        yield return new StatisticsTable("checkins_by_round" + suffix, scope, ["round", "sent", "reached", "not_reached"],
            counts.Rounds.Select(r => (IReadOnlyList<StatisticsCell>)[StatisticsCell.Label(r.Round.ToString(CultureInfo.InvariantCulture)),
                N(r.Sent), N(r.Reached), N(r.NotReached)]).ToList(), ChartColumn: 2);
        yield return new StatisticsTable("checkins_by_months_since_reintegration" + suffix, scope,
            ["months_since_reintegration", "reached", "good", "ok", "would_like_to_talk", "working", "income_answers", "below_threshold"],
            counts.Months.Select(m => (IReadOnlyList<StatisticsCell>)[StatisticsCell.Label(m.Months.ToString(CultureInfo.InvariantCulture)),
                N(m.Reached), N(m.Good), N(m.Ok), N(m.Talk), N(m.Working), N(m.IncomeAnswers), N(m.IncomeNone + m.IncomeBelow)]).ToList(), ChartColumn: 1);
        yield return new StatisticsTable("checkins_needs_by_component" + suffix, scope, ["component", "asked", "need"],
            counts.Components.Select(c => (IReadOnlyList<StatisticsCell>)[StatisticsCell.Label(c.Component), N(c.Asked), N(c.Need)]).ToList(), ChartColumn: 2);
        yield return Counts("followup_tasks_by_kind" + suffix, scope, "kind", counts.Tasks.Select(t => ((string?)t.Kind, t.Opened)));
    }

    private static StatisticsTable Counts(string name, StatisticsScope scope, string column, IEnumerable<(string? Label, long Count)> rows) =>
        new(name, scope, [column, "count"], rows
            .Select(r => (IReadOnlyList<StatisticsCell>)[StatisticsCell.Label(string.IsNullOrEmpty(r.Label) ? Unknown : r.Label),
                Count(r.Count, suppress: scope == StatisticsScope.AllOrganisations)])
            .ToList());

    /// <summary>A count as people read it: "&lt;5" (and no bar) for 1 to 4 when <paramref name="suppress"/>.</summary>
    public static StatisticsCell Count(long count, bool suppress) =>
        suppress && count is > 0 and < SmallestShown
            ? new StatisticsCell("<" + SmallestShown, null)
            : new StatisticsCell(count.ToString(CultureInfo.InvariantCulture), count);
}
