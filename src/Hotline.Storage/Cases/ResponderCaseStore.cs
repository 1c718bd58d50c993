using Dapper;
using Hotline.Storage.Conversations;
using Hotline.Storage.Outbox;
using Hotline.Storage.Protection;

namespace Hotline.Storage.Cases;

/// <summary>A case as a responder command sees it.</summary>
public sealed record CommandCase(long Id, string Code, long OrganisationId, long ContactId, string Status, long? AssignedResponderId);

/// <summary>SQL behind responder SMS commands, inside the inbound message's transaction.</summary>
public sealed class ResponderCaseStore(FieldProtector protector)
{
    /// <summary>A case of the responder's organisation (or one they were paged about), by its short code.</summary>
    public Task<CommandCase?> FindAsync(InboundTransaction unit, long responderId, long organisationId, string code) =>
        unit.Connection.QuerySingleOrDefaultAsync<CommandCase?>(
            """
            SELECT c.id AS Id, c.code AS Code, coalesce(c.organisation_id, 0) AS OrganisationId, c.contact_id AS ContactId, c.status AS Status, c.assigned_responder_id AS AssignedResponderId
            FROM cases c
            WHERE c.code = @code AND (c.organisation_id = @organisationId
                  OR EXISTS (SELECT 1 FROM pages p WHERE p.case_id = c.id AND p.responder_id = @responderId))
            """, new { code = code.ToUpperInvariant(), organisationId, responderId });

    /// <summary>The case of this responder's most recent unacknowledged page (for "1").</summary>
    public Task<string?> LatestPagedCodeAsync(InboundTransaction unit, long responderId) =>
        unit.Connection.ExecuteScalarAsync<string?>(
            """
            SELECT c.code FROM pages p JOIN cases c ON c.id = p.case_id
            WHERE p.responder_id = @responderId AND p.acked_at IS NULL AND c.status = 'open'
            ORDER BY p.id DESC LIMIT 1
            """, new { responderId });

    /// <summary>True when <paramref name="code"/> is the code of a page this responder got about this case.</summary>
    public async Task<bool> PageCodeMatchesAsync(InboundTransaction unit, long caseId, long responderId, string code) =>
        await unit.Connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM pages WHERE case_id = @caseId AND responder_id = @responderId AND code = @code)",
            new { caseId, responderId, code });

    /// <summary>When this responder last proved themselves for this case (ACK with a credential).</summary>
    public Task<DateTime?> LastVerifiedAtAsync(InboundTransaction unit, long caseId, long responderId) =>
        unit.Connection.ExecuteScalarAsync<DateTime?>(
            "SELECT max(created_at) FROM case_events WHERE case_id = @caseId AND responder_id = @responderId AND kind IN ('acked', 'verified')",
            new { caseId, responderId });

    /// <summary>Takes the case if nobody has: exactly one of two simultaneous ACKs wins (row lock + status check).</summary>
    public async Task<bool> TakeAsync(InboundTransaction unit, long caseId, long responderId)
    {
        var taken = await unit.Connection.ExecuteAsync(
            """
            UPDATE cases SET status = 'assigned', assigned_responder_id = @responderId, acked_at = coalesce(acked_at, @now),
                             organisation_id = coalesce(organisation_id, (SELECT organisation_id FROM responders WHERE id = @responderId)),
                             next_escalation_at = NULL
            WHERE id = @caseId AND status = 'open'
            """, new { caseId, responderId, now = unit.Now.UtcDateTime });
        if (taken == 0) return false;
        await unit.Connection.ExecuteAsync(
            """
            UPDATE pages SET acked_at = @now WHERE case_id = @caseId AND responder_id = @responderId AND acked_at IS NULL;
            INSERT INTO case_events (case_id, responder_id, kind, created_at) VALUES (@caseId, @responderId, 'acked', @now);
            """, new { caseId, responderId, now = unit.Now.UtcDateTime });
        return true;
    }

    /// <summary>PASS: the case goes back to the chain, which pages the next tier at once.</summary>
    public Task PassAsync(InboundTransaction unit, long caseId, long responderId) =>
        unit.Connection.ExecuteAsync(
            """
            UPDATE cases SET status = 'open', assigned_responder_id = NULL, last_paged_at = NULL, next_escalation_at = @now
            WHERE id = @caseId AND (assigned_responder_id = @responderId OR status = 'open');
            INSERT INTO case_events (case_id, responder_id, kind, created_at) VALUES (@caseId, @responderId, 'passed', @now);
            """, new { caseId, responderId, now = unit.Now.UtcDateTime });

    /// <summary>DONE: closes the case with the responder's note (encrypted: notes are personal).</summary>
    public Task CloseAsync(InboundTransaction unit, long caseId, long responderId, string? note) =>
        unit.Connection.ExecuteAsync(
            """
            UPDATE cases SET status = 'closed', closed_at = @now, outcome = 'done', next_escalation_at = NULL WHERE id = @caseId;
            INSERT INTO case_events (case_id, responder_id, kind, body_enc, created_at) VALUES (@caseId, @responderId, 'closed', @note, @now);
            """, new { caseId, responderId, now = unit.Now.UtcDateTime, note = note is null ? null : protector.Encrypt(note, Purposes.CaseNote) });

    /// <summary>True when the client said contact is not safe and has not written in the last hour: then nobody writes
    /// first (a phone someone else reads must not light up with our messages).</summary>
    public async Task<bool> NotSafeToContactAsync(InboundTransaction unit, CommandCase @case)
    {
        var row = await unit.Connection.QuerySingleAsync<(byte[]? SafeContact, DateTime? LastInbound)>(
            """
            SELECT c.safe_contact_enc,
                   (SELECT max(created_at) FROM messages m WHERE m.contact_id = c.contact_id AND m.direction = 'in')
            FROM cases c WHERE c.id = @id
            """, new { id = @case.Id });
        if (row.SafeContact is null || protector.Decrypt(row.SafeContact, Purposes.SafeContact) != "not_safe") return false;
        return row.LastInbound is not { } last || unit.Now - new DateTimeOffset(last, TimeSpan.Zero) > TimeSpan.FromHours(1);
    }

    /// <summary>R: the responder's words go to the client from the hotline address the client last wrote to,
    /// so the client never sees the responder's number.</summary>
    public async Task ReplyToClientAsync(InboundTransaction unit, CommandCase @case, long responderId, string text)
    {
        var ourAddress = await unit.Connection.ExecuteScalarAsync<string?>(
            "SELECT our_address FROM messages WHERE contact_id = @contactId AND direction = 'in' ORDER BY id DESC LIMIT 1",
            new { contactId = @case.ContactId });
        await using var batch = new Npgsql.NpgsqlBatch(unit.Connection);
        batch.BatchCommands.Add(OutboxRows.Insert(protector, @case.ContactId, ourAddress, text, OutboundKinds.Relay, unit.MessageId, unit.Now));
        await batch.ExecuteNonQueryAsync();
        await unit.Connection.ExecuteAsync(
            """
            UPDATE cases SET first_reply_at = coalesce(first_reply_at, @now) WHERE id = @caseId;
            INSERT INTO case_events (case_id, responder_id, kind, created_at) VALUES (@caseId, @responderId, 'reply', @now);
            """, new { caseId = @case.Id, responderId, now = unit.Now.UtcDateTime });
    }

    public Task SetOnDutyAsync(InboundTransaction unit, long responderId, bool onDuty) =>
        unit.Connection.ExecuteAsync("UPDATE responders SET on_duty = @onDuty WHERE id = @responderId", new { responderId, onDuty });
}
