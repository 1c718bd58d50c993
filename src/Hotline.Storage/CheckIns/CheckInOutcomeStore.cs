using Dapper;
using Hotline.Domain.Cases;
using Hotline.Storage.Tenancy;
using Npgsql;

namespace Hotline.Storage.CheckIns;

/// <summary>
/// Counts for the check-in outcome figures, used by GET /api/checkins/outcomes, the statistics API and the console's
/// statistics page. Only counts leave here: no contact, no enrolment id, nothing a person said. One organisation's
/// figures are read as the tenant bound to it; the overall figures (every organisation together) are read on the
/// worker's pool, because row-level security would hide the other organisations' rows — they leave only as counts,
/// and the report shows counts of 1 to 4 as "&lt;5".
/// </summary>
public sealed class CheckInOutcomeStore(TenantDatabase tenants, NpgsqlDataSource workers)
{
    public sealed record RoundCounts(int Round, long Sent, long Reached, long NotReached);

    /// <summary>Work and income answers by whole months (30 days) since reintegration. Income bands are in US cents:
    /// none (0), below the threshold, threshold to $100, $100 to $200, $200 and more.</summary>
    public sealed record MonthCounts(int Months, long Reached, long Good, long Ok, long Talk, long WorkAnswers, long Working,
        long IncomeAnswers, long IncomeNone, long IncomeBelow, long IncomeToHundred, long IncomeToTwoHundred, long IncomeAbove);

    public sealed record ComponentCounts(string Component, long Asked, long Need);

    public sealed record TaskCounts(string Kind, long Opened, long Open);

    public sealed record Counts(IReadOnlyList<RoundCounts> Rounds, IReadOnlyList<MonthCounts> Months,
        IReadOnlyList<ComponentCounts> Components, IReadOnlyList<TaskCounts> Tasks);

    /// <summary>One organisation's figures, over all rounds or those due since <paramref name="since"/> (the
    /// statistics page's period: rounds due on that Phnom Penh date or later, tasks raised from that instant).</summary>
    public async Task<Counts> ReadAsync(long organisationId, long lowIncomeCents, CancellationToken ct, DateTimeOffset? since = null)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        return await ReadAsync(tenant.Connection, tenant.Transaction, organisationId, lowIncomeCents, since, ct);
    }

    /// <summary>Every organisation's check-ins together, over all rounds or those due since <paramref name="since"/>.</summary>
    public async Task<Counts> ReadOverallAsync(long lowIncomeCents, CancellationToken ct, DateTimeOffset? since = null)
    {
        await using var connection = await workers.OpenConnectionAsync(ct);
        return await ReadAsync(connection, null, null, lowIncomeCents, since, ct);
    }

    private static async Task<Counts> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long? organisationId,
        long lowIncomeCents, DateTimeOffset? since, CancellationToken ct)
    {
        var args = new
        {
            org = organisationId, low = lowIncomeCents,
            sinceDay = since is { } s ? PhnomPenhTime.LocalDate(s).ToDateTime(TimeOnly.MinValue) : DateTime.MinValue,
            sinceAt = since?.UtcDateTime ?? DateTime.MinValue,
        };
        // (@org IS NULL OR …) keeps the organisation filter explicit in every query; null is the overall view.
        var rounds = await connection.QueryAsync<RoundCounts>(new CommandDefinition(
            """
            SELECT k.round AS Round,
                   count(*) FILTER (WHERE k.status IN ('sent', 'reminded', 'answered', 'missed')) AS Sent,
                   count(*) FILTER (WHERE k.status = 'answered') AS Reached,
                   count(*) FILTER (WHERE k.status = 'missed') AS NotReached
            FROM checkins k JOIN enrolments e ON e.id = k.enrolment_id
            WHERE (@org::bigint IS NULL OR e.organisation_id = @org) AND k.due_on >= @sinceDay AND k.status <> 'scheduled' AND k.status <> 'cancelled'
            GROUP BY k.round ORDER BY k.round
            """, args, transaction, cancellationToken: ct));
        var months = await connection.QueryAsync<MonthCounts>(new CommandDefinition(
            """
            SELECT (k.due_on - e.reintegrated_on) / 30 AS Months,
                   count(*) FILTER (WHERE k.status = 'answered') AS Reached,
                   count(*) FILTER (WHERE k.wellbeing = 'good') AS Good,
                   count(*) FILTER (WHERE k.wellbeing = 'ok') AS Ok,
                   count(*) FILTER (WHERE k.wellbeing = 'talk') AS Talk,
                   count(k.has_work) AS WorkAnswers,
                   count(*) FILTER (WHERE k.has_work) AS Working,
                   count(k.income_usd_cents) AS IncomeAnswers,
                   count(*) FILTER (WHERE k.income_usd_cents = 0) AS IncomeNone,
                   count(*) FILTER (WHERE k.income_usd_cents > 0 AND k.income_usd_cents < @low) AS IncomeBelow,
                   count(*) FILTER (WHERE k.income_usd_cents >= @low AND k.income_usd_cents < 10000) AS IncomeToHundred,
                   count(*) FILTER (WHERE k.income_usd_cents >= greatest(@low, 10000) AND k.income_usd_cents < 20000) AS IncomeToTwoHundred,
                   count(*) FILTER (WHERE k.income_usd_cents >= greatest(@low, 20000)) AS IncomeAbove
            FROM checkins k JOIN enrolments e ON e.id = k.enrolment_id
            WHERE (@org::bigint IS NULL OR e.organisation_id = @org) AND k.due_on >= @sinceDay AND k.status IN ('answered', 'missed')
            GROUP BY 1 ORDER BY 1
            """, args, transaction, cancellationToken: ct));
        var components = await connection.QueryAsync<ComponentCounts>(new CommandDefinition(
            """
            SELECT k.component AS Component, count(*) AS Asked, count(*) FILTER (WHERE k.component_need) AS Need
            FROM checkins k JOIN enrolments e ON e.id = k.enrolment_id
            WHERE (@org::bigint IS NULL OR e.organisation_id = @org) AND k.due_on >= @sinceDay AND k.component IS NOT NULL
            GROUP BY k.component ORDER BY k.component
            """, args, transaction, cancellationToken: ct));
        var tasks = await connection.QueryAsync<TaskCounts>(new CommandDefinition(
            """
            SELECT kind AS Kind, count(*) AS Opened, count(*) FILTER (WHERE done_at IS NULL) AS Open
            FROM followup_tasks WHERE (@org::bigint IS NULL OR organisation_id = @org) AND created_at >= @sinceAt
            GROUP BY kind ORDER BY kind
            """, args, transaction, cancellationToken: ct));
        return new Counts(rounds.ToList(), months.ToList(), components.ToList(), tasks.ToList());
    }
}
