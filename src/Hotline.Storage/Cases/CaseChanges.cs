using Dapper;
using Npgsql;

namespace Hotline.Storage.Cases;

/// <summary>
/// Changes staff make to a case that the console and the admin API share, so both follow the same rules. The caller
/// scopes the case by organisation, holds the transaction and writes the audit row in it.
/// </summary>
public static class CaseChanges
{
    /// <summary>How a case ended: the console and the API offer the same list.</summary>
    public static readonly IReadOnlyList<string> Outcomes = ["resolved", "referred", "unreachable", "not_needed", "duplicate"];

    /// <summary>Closes a case of the organisation that is not closed yet, stops its paging and records the 'closed'
    /// event. With <paramref name="onlyIfAssignedTo"/>, only when the case is assigned to that responder.</summary>
    /// <returns>False when nothing matched (closed already, another organisation's, or not assigned to them).</returns>
    public static async Task<bool> CloseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long organisationId, long caseId,
        string outcome, long? onlyIfAssignedTo, long? actingResponderId, DateTimeOffset now) =>
        await connection.ExecuteAsync(
            """
            UPDATE cases SET status = 'closed', closed_at = @now, outcome = @outcome, next_escalation_at = NULL
            WHERE id = @caseId AND organisation_id = @organisationId AND status <> 'closed'
              AND (@anyone OR assigned_responder_id = @onlyIfAssignedTo)
            """,
            new { caseId, outcome, organisationId, now = now.UtcDateTime, anyone = onlyIfAssignedTo is null, onlyIfAssignedTo = onlyIfAssignedTo ?? -1 },
            transaction) == 1
        && await connection.ExecuteAsync(
            "INSERT INTO case_events (case_id, responder_id, kind, created_at) VALUES (@caseId, @actingResponderId, 'closed', @now)",
            new { caseId, actingResponderId, now = now.UtcDateTime }, transaction) == 1;
}
