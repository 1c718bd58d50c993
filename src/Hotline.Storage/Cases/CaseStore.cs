using Dapper;
using Hotline.Domain.Cases;
using Hotline.Storage.Outbox;
using Hotline.Storage.Protection;
using Npgsql;

namespace Hotline.Storage.Cases;

/// <summary>SQL for cases and pages, always inside the caller's transaction.</summary>
public sealed class CaseStore(FieldProtector protector)
{
    public async Task<CaseDirectory> LoadDirectoryAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now)
    {
        var organisations = (await connection.QueryAsync<(long Id, string[] Needs, string[] Provinces, bool AcceptsUrgent, int AckTimeoutSeconds, int RepeatLimit)>(
            "SELECT id, needs, provinces, accepts_urgent, ack_timeout_seconds, repeat_limit FROM organisations ORDER BY id", transaction: transaction)).ToList();
        var responders = (await connection.QueryAsync<(long Id, long OrganisationId, long ContactId, string Name, string Role, bool OnDuty, string[] Languages, string[] Provinces, string[] Services)>(
            """
            SELECT id, organisation_id, contact_id, name, role, on_duty, languages, provinces, services
            FROM responders WHERE disabled_at IS NULL ORDER BY id
            """, transaction: transaction)).ToList();
        var shifts = (await connection.QueryAsync<(long ResponderId, long OrganisationId, string Role, DateTime StartsAt, DateTime EndsAt)>(
            "SELECT responder_id, organisation_id, role, starts_at, ends_at FROM shifts WHERE starts_at <= @to AND ends_at >= @from",
            new { from = now.UtcDateTime.AddDays(-1), to = now.UtcDateTime.AddDays(1) }, transaction)).ToList();

        return new CaseDirectory(
            organisations.Select(o => new OrganisationCoverage(o.Id, o.Needs, o.Provinces, o.AcceptsUrgent)).ToList(),
            organisations.ToDictionary(o => o.Id, o => new EscalationPolicy(TimeSpan.FromSeconds(o.AckTimeoutSeconds), o.RepeatLimit)),
            responders.Select(r => new Responder(r.Id, r.OrganisationId, r.Name, Enum.Parse<ResponderRole>(r.Role, ignoreCase: true), r.OnDuty, r.Languages, r.Provinces, r.Services)).ToList(),
            responders.ToDictionary(r => r.Id, r => r.ContactId),
            shifts.Select(s => new Shift(s.ResponderId, s.OrganisationId, s.Role == "primary" ? ShiftRole.Primary : ShiftRole.Backup,
                new DateTimeOffset(s.StartsAt, TimeSpan.Zero), new DateTimeOffset(s.EndsAt, TimeSpan.Zero))).ToList());
    }

    /// <summary>Open cases whose escalation check is due, locked for this transaction (another node skips them).</summary>
    public async Task<IReadOnlyList<DueCase>> ClaimDueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, int max)
    {
        var rows = (await connection.QueryAsync<(long Id, string Code, long? OrganisationId, long ContactId, string Kind, string? Need, string? Province,
            int Step, int Round, DateTime? LastPagedAt, DateTime? AckedAt, bool IsTest)>(
            """
            SELECT id, code, organisation_id, contact_id, kind, need, province, escalation_step, escalation_round, last_paged_at, acked_at,
                   coalesce((SELECT ct.channel = 'simulator' FROM contacts ct WHERE ct.id = cases.contact_id), false)
            FROM cases
            WHERE status = 'open' AND next_escalation_at <= @now
            ORDER BY next_escalation_at
            LIMIT @max
            FOR UPDATE SKIP LOCKED
            """, new { now = now.UtcDateTime, max }, transaction)).ToList();
        if (rows.Count == 0) return [];
        var paged = (await connection.QueryAsync<(long CaseId, int Round, long ResponderId)>(
            "SELECT case_id, round, responder_id FROM pages WHERE case_id = ANY(@ids)", new { ids = rows.Select(r => r.Id).ToArray() }, transaction))
            .ToLookup(p => p.CaseId);
        return rows.Select(r => new DueCase(r.Id, r.Code, r.OrganisationId, r.ContactId, r.Kind == "urgent" ? CaseKind.Urgent : CaseKind.Help,
            r.Need, r.Province,
            new EscalationState(r.Step, r.Round, r.LastPagedAt is { } p ? new DateTimeOffset(p, TimeSpan.Zero) : null, r.AckedAt is not null,
                paged[r.Id].Where(x => x.Round == r.Round).Select(x => x.ResponderId).ToHashSet()), r.IsTest)).ToList();
    }

    /// <summary>Records a page and queues its SMS, once: a second attempt at the same (case, round, step, responder)
    /// finds the page taken and sends nothing.</summary>
    /// <returns>True when this call created the page.</returns>
    public async Task<bool> PageAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long caseId, int round, int step,
        long responderId, long responderContactId, string code, string text, DateTimeOffset now)
    {
        var pageId = await connection.ExecuteScalarAsync<long?>(
            """
            INSERT INTO pages (case_id, responder_id, round, step, code, paged_at) VALUES (@caseId, @responderId, @round, @step, @code, @now)
            ON CONFLICT (case_id, round, step, responder_id) DO NOTHING
            RETURNING id
            """, new { caseId, responderId, round, step, code, now = now.UtcDateTime }, transaction);
        if (pageId is null) return false;
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(OutboxRows.Insert(protector, responderContactId, null, text, Conversations.OutboundKinds.Page, null, now));
        var messageId = (long)(await batch.ExecuteScalarAsync())!;
        await connection.ExecuteAsync(
            """
            UPDATE pages SET message_id = @messageId WHERE id = @pageId;
            INSERT INTO case_events (case_id, responder_id, kind, created_at) VALUES (@caseId, @responderId, 'paged', @now);
            """, new { messageId, pageId, caseId, responderId, now = now.UtcDateTime }, transaction);
        return true;
    }

    public Task SaveEscalationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long caseId, long? organisationId,
        EscalationState state, DateTimeOffset? nextCheck, bool exhausted, bool paged, DateTimeOffset now) =>
        connection.ExecuteAsync(
            """
            UPDATE cases SET organisation_id = coalesce(organisation_id, @organisationId),
                             escalation_step = @step, escalation_round = @round, last_paged_at = @lastPagedAt,
                             first_paged_at = CASE WHEN @paged THEN coalesce(first_paged_at, @now) ELSE first_paged_at END,
                             next_escalation_at = @nextCheck,
                             escalation_exhausted_at = CASE WHEN @exhausted THEN @now ELSE escalation_exhausted_at END
            WHERE id = @caseId
            """,
            new
            {
                caseId, organisationId, step = state.Step, round = state.Round, lastPagedAt = state.LastPagedAt?.UtcDateTime,
                paged, now = now.UtcDateTime, nextCheck = nextCheck?.UtcDateTime, exhausted,
            }, transaction);

    /// <summary>Marks an unrouted case as alarmed, once: true (with the person's contact, language, country and whether
    /// they opted out) only for the first caller, so the fallback list is paged and the person written to once.</summary>
    public async Task<IntakeContact?> ClaimIntakeAlarmAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long caseId, DateTimeOffset now) =>
        (await connection.QueryAsync<IntakeContact>(
            """
            UPDATE cases k SET intake_alerted_at = @now
            FROM contacts c
            WHERE k.id = @caseId AND k.intake_alerted_at IS NULL AND c.id = k.contact_id
            RETURNING c.id AS ContactId, c.language AS Language, c.country AS Country, c.opted_out_at IS NOT NULL AS OptedOut
            """, new { caseId, now = now.UtcDateTime }, transaction)).SingleOrDefault();

    /// <summary>The duty managers coordinators marked as the fallback list, in every organisation (enabled ones only).</summary>
    public async Task<IReadOnlyList<long>> FallbackRespondersAsync(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        (await connection.QueryAsync<long>(
            "SELECT id FROM responders WHERE fallback AND disabled_at IS NULL ORDER BY organisation_id, id", transaction: transaction)).ToList();

    /// <summary>Queues the message to the person (through the outbox, in the escalation's transaction) and notes it on the case.</summary>
    public async Task QueueFollowUpAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long caseId, long contactId, string text, DateTimeOffset now)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(OutboxRows.Insert(protector, contactId, null, text, Conversations.OutboundKinds.Reply, null, now));
        await batch.ExecuteNonQueryAsync();
        await connection.ExecuteAsync(
            "INSERT INTO case_events (case_id, kind, created_at) VALUES (@caseId, 'emergency_follow_up', @now)",
            new { caseId, now = now.UtcDateTime }, transaction);
    }

    /// <summary>The responder most recently given a help case in an organisation, for round-robin.</summary>
    public Task<long?> LastHelpAssigneeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long organisationId) =>
        connection.ExecuteScalarAsync<long?>(
            """
            SELECT p.responder_id FROM pages p JOIN cases c ON c.id = p.case_id
            WHERE c.organisation_id = @organisationId AND c.kind = 'help' ORDER BY p.id DESC LIMIT 1
            """, new { organisationId }, transaction);
}
