using Dapper;
using Hotline.Domain.Cases;
using Hotline.Storage.Tenancy;

namespace Hotline.Storage.CheckIns;

/// <summary>Check-in rounds grouped by a key (months since reintegration, or the round number): how many went out,
/// were answered or missed, and how people said they were doing.</summary>
public sealed record CheckInOutcomeRow(int Key, long Sent, long Reached, long NotReached, long Good, long Ok, long Talk);

/// <summary>The outcome figures of one organisation's check-ins. Counts only: no enrolment, contact or answer text.</summary>
public sealed record CheckInOutcomes(IReadOnlyList<CheckInOutcomeRow> ByMonthsSinceReintegration, IReadOnlyList<CheckInOutcomeRow> ByRound,
    IReadOnlyList<(string Kind, long Count)> FollowUpTasks);

/// <summary>
/// The one query behind the check-in outcome figures, used by GET /api/checkins/outcomes, the statistics API and the
/// console's statistics page. Scoped by organisation (and bound to it as the tenant); <c>since</c> limits it to rounds due (on the Phnom Penh date)
/// and tasks raised from that instant on, or null for all of them.
/// </summary>
public sealed class CheckInOutcomeStore(TenantDatabase tenants)
{
    public async Task<CheckInOutcomes> ForOrganisationAsync(long organisationId, DateTimeOffset? since, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        var args = new
        {
            org = organisationId,
            sinceDay = since is { } s ? PhnomPenhTime.LocalDate(s).ToDateTime(TimeOnly.MinValue) : DateTime.MinValue,
            sinceAt = since?.UtcDateTime ?? DateTime.MinValue,
        };
        async Task<IReadOnlyList<CheckInOutcomeRow>> GroupedAsync(string key) => (await connection.QueryAsync<CheckInOutcomeRow>(
            $"""
            SELECT {key} AS Key,
                   count(*) FILTER (WHERE k.status <> 'scheduled' AND k.status <> 'cancelled') AS Sent,
                   count(*) FILTER (WHERE k.status = 'answered') AS Reached,
                   count(*) FILTER (WHERE k.status = 'missed') AS NotReached,
                   count(*) FILTER (WHERE k.wellbeing = 'good') AS Good,
                   count(*) FILTER (WHERE k.wellbeing = 'ok') AS Ok,
                   count(*) FILTER (WHERE k.wellbeing = 'talk') AS Talk
            FROM checkins k JOIN enrolments e ON e.id = k.enrolment_id
            WHERE e.organisation_id = @org AND k.due_on >= @sinceDay
            GROUP BY 1 ORDER BY 1
            """, args, transaction)).ToList();
        var byMonths = await GroupedAsync("((k.due_on - e.reintegrated_on) / 30)::int");
        var byRound = await GroupedAsync("k.round");
        var tasks = (await connection.QueryAsync<(string Kind, long Count)>(
            """
            SELECT kind, count(*) FROM followup_tasks
            WHERE organisation_id = @org AND created_at >= @sinceAt
            GROUP BY kind ORDER BY kind
            """, args, transaction)).ToList();
        return new CheckInOutcomes(byMonths, byRound, tasks);
    }
}
