using Dapper;
using Hotline.Storage.Cases;
using Hotline.Storage.Tenancy;
using Npgsql;

namespace Hotline.Storage.Admin;

/// <summary>What became of a change the admin API asked for.</summary>
public enum CaseWrite
{
    Done,
    NotFound,
    ResponderNotFound,
    Closed,
}

/// <summary>Changes to one organisation's cases through the admin API: assign to a responder, close with an outcome.
/// Another organisation's case is not found; each change writes its audit row in the same transaction, as the tenant
/// bound to the organisation.</summary>
public sealed class CaseAdminStore(TenantDatabase tenants)
{
    /// <summary>Assigns a case that is not closed to an active responder of the same organisation, and stops its
    /// paging (as if that responder had taken it).</summary>
    public Task<CaseWrite> AssignAsync(long organisationId, string code, long responderId, string actor, DateTimeOffset now, CancellationToken ct) =>
        ChangeAsync(organisationId, code, "case.assign", actor, now, ct, async (connection, transaction, caseId) =>
        {
            var responder = await connection.ExecuteScalarAsync<long?>(
                "SELECT id FROM responders WHERE id = @responderId AND organisation_id = @organisationId AND disabled_at IS NULL",
                new { responderId, organisationId }, transaction);
            if (responder is null) return CaseWrite.ResponderNotFound;
            await connection.ExecuteAsync(
                """
                UPDATE cases SET status = 'assigned', assigned_responder_id = @responderId, acked_at = coalesce(acked_at, @now), next_escalation_at = NULL
                WHERE id = @caseId AND organisation_id = @organisationId;
                INSERT INTO case_events (case_id, responder_id, kind, created_at) VALUES (@caseId, @responderId, 'assigned', @now);
                """, new { caseId, responderId, organisationId, now = now.UtcDateTime }, transaction);
            return CaseWrite.Done;
        });

    /// <summary>Closes a case that is not closed yet with one of <see cref="CaseChanges.Outcomes"/>.</summary>
    public Task<CaseWrite> CloseAsync(long organisationId, string code, string outcome, string actor, DateTimeOffset now, CancellationToken ct) =>
        ChangeAsync(organisationId, code, "case.close", actor, now, ct, async (connection, transaction, caseId) =>
            await CaseChanges.CloseAsync(connection, transaction, organisationId, caseId, outcome, onlyIfAssignedTo: null, actingResponderId: null, now)
                ? CaseWrite.Done
                : CaseWrite.Closed);

    private async Task<CaseWrite> ChangeAsync(long organisationId, string code, string action, string actor, DateTimeOffset now, CancellationToken ct,
        Func<NpgsqlConnection, NpgsqlTransaction, long, Task<CaseWrite>> change)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        var found = (await connection.QueryAsync<(long Id, string Status)>(
            "SELECT id, status FROM cases WHERE organisation_id = @organisationId AND code IN (@code, upper(@code)) FOR UPDATE",
            new { organisationId, code }, transaction)).ToList();
        if (found.Count == 0) return CaseWrite.NotFound;
        if (found[0].Status == "closed") return CaseWrite.Closed;
        var result = await change(connection, transaction, found[0].Id);
        if (result != CaseWrite.Done) return result;
        await AuditLog.RecordAsync(connection, transaction, organisationId, actor, action, "case:" + found[0].Id, now, ct);
        await tenant.CommitAsync(ct);
        return CaseWrite.Done;
    }
}
