using Hotline.Domain.Conversations;
using Hotline.Domain.Language;
using Hotline.Domain.Sms;
using Hotline.Storage.Protection;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Storage.Conversations;

/// <summary>
/// One inbound message's unit of work. <see cref="BeginAsync"/> stores the message (unique on the provider id),
/// locks the contact row (so one contact's messages are processed one at a time, in arrival order) and loads the
/// conversation. Effects then queue their changes; <see cref="CommitAsync"/> sends them with the new state and the
/// COMMIT in one round trip. Nothing is visible to anyone until the commit.
///
/// The transaction is opened and closed with plain BEGIN / COMMIT statements inside the two batches, not with an
/// NpgsqlTransaction: Npgsql has no way to send a COMMIT together with the last statements, and the separate round
/// trip for it was a third of the database conversation per message. A unit that is disposed without committing
/// sends ROLLBACK (and Npgsql rolls back any transaction still open when a connection goes back to the pool).
/// </summary>
public sealed class InboundTransaction : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly FieldProtector _protector;
    private readonly NpgsqlBatch _batch;
    private bool _committed;
    private bool _disposed;

    private InboundTransaction(NpgsqlConnection connection, FieldProtector protector,
        InboundEnvelope envelope, long contactId, long messageId, ContactContext contact, ConversationState state)
    {
        _connection = connection;
        _protector = protector;
        _batch = new NpgsqlBatch(connection);
        Envelope = envelope;
        ContactId = contactId;
        MessageId = messageId;
        Contact = contact;
        State = state;
    }

    public InboundEnvelope Envelope { get; }

    /// <summary>Set when the sender is a registered responder: the message is a command.</summary>
    public SenderResponder? Responder { get; private init; }

    /// <summary>Set when a responder has taken this person's case: their words are relayed to that responder.</summary>
    public AssignedCase? AssignedCase { get; private init; }

    /// <summary>Set when a check-in sent to this person is waiting for their answer.</summary>
    public CheckIns.OpenCheckIn? OpenCheckIn { get; private init; }

    /// <summary>For statements whose result decides what happens next (responder commands); they run inside this
    /// unit's transaction. Flushes nothing: call before queuing batch statements whose order matters.</summary>
    public NpgsqlConnection Connection => _connection;
    public long ContactId { get; }
    public long MessageId { get; }
    public ContactContext Contact { get; }
    public ConversationState State { get; }
    public DateTimeOffset Now => Envelope.ReceivedAt;
    public int OutboundQueued { get; private set; }

    /// <summary>Stores the message and locks its contact. Returns null when this provider id was stored before (a retry).</summary>
    public static async Task<InboundTransaction?> BeginAsync(NpgsqlDataSource dataSource, FieldProtector protector, InboundEnvelope envelope, CancellationToken ct)
    {
        var key = ChannelNames.LookupKey(envelope.Channel, envelope.Address);
        var hash = protector.LookupHash(key);
        var cost = SmsSegments.Measure(envelope.Body);

        var connection = await dataSource.OpenConnectionAsync(ct);
        try
        {
            await using var batch = new NpgsqlBatch(connection);
            batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
            batch.BatchCommands.Add(Command("""
                INSERT INTO contacts (channel, address_hash, address_enc, country, created_at, last_inbound_at)
                VALUES ($1, $2, $3, $4, $5, $5)
                ON CONFLICT (address_hash) DO UPDATE SET last_inbound_at = EXCLUDED.last_inbound_at
                RETURNING id, language, opted_out_at IS NOT NULL
                """,
                ChannelNames.ToDb(envelope.Channel), hash, protector.Encrypt(key, Purposes.ContactAddress),
                (object?)envelope.Country ?? DBNull.Value, envelope.ReceivedAt));
            batch.BatchCommands.Add(Command("""
                INSERT INTO messages (contact_id, direction, kind, provider_sid, our_address, body_enc, encoding, segments, status, created_at, updated_at)
                SELECT id, 'in', 'message', $1, $2, $3, $4, $5, 'processed', $6, $6 FROM contacts WHERE address_hash = $7
                ON CONFLICT (provider_sid) WHERE direction = 'in' DO NOTHING
                RETURNING id
                """,
                envelope.ProviderSid, (object?)envelope.OurAddress ?? DBNull.Value,
                protector.Encrypt(envelope.Body, Purposes.MessageBody), Encodings.ToDb(cost.Encoding), cost.Segments,
                envelope.ReceivedAt, hash));
            // What decides how the message is handled, in one statement (after the upsert above, so it sees what the
            // previous message of this contact committed while we waited for its lock): the conversation state, whether
            // the sender is a responder (their messages are commands), whether a check-in waits for this person's
            // answer, and whether a responder has their case (then their words go to that responder).
            batch.BatchCommands.Add(Command("""
                SELECT v.state_enc,
                       r.id, r.organisation_id, r.languages, r.pin_hash,
                       k.checkin_id, k.enrolment_id, k.organisation_id, k.language, k.code_word_hash, k.duress_word_hash,
                       k.round, k.plan, k.waiting_for, k.has_work, k.income_amount,
                       a.id, a.code, a.contact_id, a.relay_by_sms
                FROM contacts c
                LEFT JOIN conversations v ON v.contact_id = c.id
                LEFT JOIN responders r ON r.contact_id = c.id AND r.disabled_at IS NULL
                LEFT JOIN LATERAL (
                    -- a check-in waiting for this person's answer (to "how are things", or to a follow-up question)
                    SELECT k.id AS checkin_id, e.id AS enrolment_id, e.organisation_id, e.language, e.code_word_hash, e.duress_word_hash,
                           k.round, e.plan, k.waiting_for, k.has_work, k.income_amount
                    FROM checkins k JOIN enrolments e ON e.id = k.enrolment_id
                    WHERE e.contact_id = c.id AND e.status = 'active'
                      AND (k.status IN ('sent', 'reminded') OR k.waiting_for IS NOT NULL AND k.waiting_until > $2)
                    ORDER BY k.round DESC LIMIT 1) k ON true
                LEFT JOIN LATERAL (
                    SELECT k.id, k.code, r.contact_id, r.relay_by_sms
                    FROM cases k JOIN responders r ON r.id = k.assigned_responder_id
                    WHERE k.contact_id = c.id AND k.status = 'assigned'
                    ORDER BY k.id DESC LIMIT 1) a ON true
                WHERE c.address_hash = $1
                """, hash, envelope.ReceivedAt));

            long contactId; string? language; bool optedOut; long? messageId = null; byte[]? stateEnc = null;
            SenderResponder? responder = null; AssignedCase? assigned = null; CheckIns.OpenCheckIn? checkIn = null;
            await using (var reader = await batch.ExecuteReaderAsync(ct))
            {
                await reader.ReadAsync(ct);
                contactId = reader.GetInt64(0);
                language = reader.IsDBNull(1) ? null : reader.GetString(1);
                optedOut = reader.GetBoolean(2);
                await reader.NextResultAsync(ct);
                if (await reader.ReadAsync(ct)) messageId = reader.GetInt64(0);
                await reader.NextResultAsync(ct);
                await reader.ReadAsync(ct);
                if (!reader.IsDBNull(0)) stateEnc = (byte[])reader.GetValue(0);
                if (!reader.IsDBNull(1))
                    responder = new SenderResponder(reader.GetInt64(1), reader.GetInt64(2), reader.GetFieldValue<string[]>(3).FirstOrDefault() ?? "en",
                        reader.IsDBNull(4) ? null : (byte[])reader.GetValue(4));
                if (!reader.IsDBNull(5))
                {
                    LanguageForms.TryParse(reader.GetString(8), out var checkInLanguage);
                    checkIn = new CheckIns.OpenCheckIn(reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), checkInLanguage,
                        reader.IsDBNull(9) ? null : (byte[])reader.GetValue(9), reader.IsDBNull(10) ? null : (byte[])reader.GetValue(10),
                        reader.GetInt32(11), reader.GetString(12), reader.IsDBNull(13) ? null : reader.GetString(13),
                        reader.IsDBNull(14) ? null : reader.GetBoolean(14), reader.IsDBNull(15) ? null : reader.GetDecimal(15));
                }
                if (!reader.IsDBNull(16))
                    assigned = new AssignedCase(reader.GetInt64(16), reader.GetString(17), reader.GetInt64(18), reader.GetBoolean(19));
            }

            if (messageId is null)
            {
                await RollbackAsync(connection);
                await connection.DisposeAsync();
                return null;
            }

            var state = stateEnc is null ? ConversationState.New : StateSerializer.Deserialize(protector.Decrypt(stateEnc, Purposes.ConversationState));
            LanguageForm? form = LanguageForms.TryParse(language, out var f) ? f : null;
            var contact = new ContactContext(contactId, form, optedOut);
            return new InboundTransaction(connection, protector, envelope, contactId, messageId.Value, contact, state)
            {
                Responder = responder,
                AssignedCase = assigned,
                OpenCheckIn = checkIn,
            };
        }
        catch
        {
            await RollbackAsync(connection);
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Queues an outgoing message to this contact, from the hotline address they wrote to.</summary>
    public void QueueOutbound(string body, string kind = OutboundKinds.Reply)
    {
        _batch.BatchCommands.Add(Outbox.OutboxRows.Insert(_protector, ContactId, Envelope.OurAddress, body, kind, MessageId, Now));
        OutboundQueued++;
    }

    /// <summary>Queues a message to another contact (a responder) in this transaction, e.g. a relayed client message.</summary>
    public void QueueOutboundTo(long contactId, string body, string kind)
    {
        _batch.BatchCommands.Add(Outbox.OutboxRows.Insert(_protector, contactId, null, body, kind, MessageId, Now));
        OutboundQueued++;
    }

    public void SetLanguage(LanguageForm language) =>
        _batch.BatchCommands.Add(Command("UPDATE contacts SET language = $2 WHERE id = $1", ContactId, language.Code()));

    /// <summary>STOP: mark the contact and cancel everything still waiting to go to it.</summary>
    public void OptOut()
    {
        _batch.BatchCommands.Add(Command("UPDATE contacts SET opted_out_at = $2 WHERE id = $1 AND opted_out_at IS NULL", ContactId, Now));
        CancelPending("opted_out");
    }

    public void OptIn() =>
        _batch.BatchCommands.Add(Command("UPDATE contacts SET opted_out_at = NULL WHERE id = $1", ContactId));

    /// <summary>Cancels every outbound message to this contact not yet handed to the provider. A dispatcher holding
    /// one of them checks again just before calling the provider and drops it.</summary>
    public void CancelPending(string reason)
    {
        _batch.BatchCommands.Add(Command("""
            UPDATE messages SET status = 'cancelled', error_message = $2, updated_at = $3
            WHERE contact_id = $1 AND direction = 'out' AND status IN ('pending', 'dispatching')
            """, ContactId, reason, Now));
        // Every pending check-in goes too, and the enrolment stops: START does not silently re-enrol (the case worker decides).
        _batch.BatchCommands.Add(Command("""
            UPDATE checkins SET status = 'cancelled'
            WHERE status = 'scheduled' AND enrolment_id IN (SELECT id FROM enrolments WHERE contact_id = $1)
            """, ContactId));
        _batch.BatchCommands.Add(Command("""
            UPDATE enrolments SET status = 'stopped', closed_at = $2 WHERE contact_id = $1 AND status = 'active'
            """, ContactId, Now));
    }

    /// <summary>The person answered their check-in; <paramref name="wellbeing"/> is good, ok or talk (null: not a 1/2/3 answer).</summary>
    public void AnswerCheckIn(long checkInId, string? wellbeing) =>
        _batch.BatchCommands.Add(Command("""
            UPDATE checkins SET status = 'answered', answered_at = $2, wellbeing = coalesce($3, wellbeing) WHERE id = $1
            """, checkInId, Now, (object?)wellbeing ?? DBNull.Value));

    /// <summary>Queues a statement of this unit of work (stores in this assembly keep their SQL next to their table).</summary>
    internal void Add(NpgsqlBatchCommand command) => _batch.BatchCommands.Add(command);

    /// <summary>A task for the case worker about this enrolment (once per check-in and kind; "low income" and "no work"
    /// once while one is open).</summary>
    public void AddFollowUpTask(long organisationId, long enrolmentId, long checkInId, string kind) =>
        _batch.BatchCommands.Add(Command("""
            INSERT INTO followup_tasks (organisation_id, enrolment_id, checkin_id, kind, created_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT DO NOTHING
            """, organisationId, enrolmentId, checkInId, kind, Now));

    /// <summary>True when this message opened or changed a case: escalation should look at once.</summary>
    public bool CasesTouched { get; private set; }

    public void MarkCasesTouched() => CasesTouched = true;

    /// <summary>Counts an outbound row written directly (not through the batch), so the dispatcher is woken.</summary>
    public void CountOutbound() => OutboundQueued++;

    /// <summary>Opens an urgent case due for paging now, or — when the person already has an open urgent case —
    /// notes the new urgent message on it, so one person in danger gets one page chain, not one per message.</summary>
    public void OpenUrgentCase(string code, string reason, long? organisationId = null)
    {
        _batch.BatchCommands.Add(Command("""
            INSERT INTO cases (code, contact_id, kind, reason, status, opened_at, next_escalation_at, organisation_id)
            VALUES ($1, $2, 'urgent', $3, 'open', $4, $4, $5)
            ON CONFLICT (contact_id) WHERE kind = 'urgent' AND status <> 'closed' DO NOTHING
            """, code, ContactId, reason, Now, (object?)organisationId ?? DBNull.Value));
        _batch.BatchCommands.Add(Command("""
            INSERT INTO case_events (case_id, kind, created_at)
            SELECT id, 'urgent_message', $2 FROM cases WHERE contact_id = $1 AND kind = 'urgent' AND status <> 'closed'
            """, ContactId, Now));
        CasesTouched = true;
    }

    /// <summary>What a person in danger said after the urgent safety message (where they are, what is happening),
    /// kept as an encrypted <c>urgent_details</c> event on their open urgent case. The case normally exists already
    /// (the alarm was raised by the message that started the urgent flow); if it was closed in between, a new urgent
    /// case opens — never a second, non-urgent one, and never a second page chain.</summary>
    public void AppendUrgentDetails(string code, string? details)
    {
        _batch.BatchCommands.Add(Command("""
            INSERT INTO cases (code, contact_id, kind, reason, status, opened_at, next_escalation_at)
            VALUES ($1, $2, 'urgent', 'urgent_follow_up', 'open', $3, $3)
            ON CONFLICT (contact_id) WHERE kind = 'urgent' AND status <> 'closed' DO NOTHING
            """, code, ContactId, Now));
        _batch.BatchCommands.Add(Command("""
            INSERT INTO case_events (case_id, kind, body_enc, created_at)
            SELECT id, 'urgent_details', $2, $3 FROM cases WHERE contact_id = $1 AND kind = 'urgent' AND status <> 'closed'
            """, ContactId, details is null ? DBNull.Value : _protector.Encrypt(details, Purposes.CaseNote), Now));
        CasesTouched = true;
    }

    /// <summary>Opens a help request (non-urgent case) for routing and round-robin assignment.</summary>
    public void OpenHelpCase(string code, string? need, string? province, bool? consentToShare, string? safeContact, long? organisationId = null)
    {
        _batch.BatchCommands.Add(Command("""
            INSERT INTO cases (code, contact_id, kind, need, province, status, consent_to_share, safe_contact_enc, opened_at, next_escalation_at, organisation_id)
            VALUES ($1, $2, 'help', $3, $4, 'open', $5, $6, $7, $7, $8)
            """, code, ContactId, (object?)need ?? DBNull.Value, (object?)province ?? DBNull.Value, (object?)consentToShare ?? DBNull.Value,
            safeContact is null ? DBNull.Value : _protector.Encrypt(safeContact, Purposes.SafeContact), Now, (object?)organisationId ?? DBNull.Value));
        CasesTouched = true;
    }

    /// <summary>An anonymised screening result: no contact id, nothing the person typed.</summary>
    public void RecordScreening(string? destination, string? sector, IReadOnlyList<string> indicators, string level, string? province) =>
        _batch.BatchCommands.Add(Command(
            "INSERT INTO screening_records (destination, sector, indicators, level, province, recorded_on) VALUES ($1, $2, $3, $4, $5, $6)",
            (object?)destination ?? DBNull.Value, (object?)sector ?? DBNull.Value, indicators.ToArray(), level,
            (object?)province ?? DBNull.Value, DateOnly.FromDateTime(Now.UtcDateTime)));

    /// <summary>An anonymised report about an agency or broker.</summary>
    public void RecordAgencyReport(string? licenceNumber, string? nameKey, string reason, DateOnly date) =>
        _batch.BatchCommands.Add(Command(
            "INSERT INTO agency_reports (licence_number, name_key, reason, reported_on) VALUES ($1, $2, $3, $4)",
            (object?)licenceNumber ?? DBNull.Value, (object?)nameKey ?? DBNull.Value, reason, date));

    /// <param name="status">"processed", or "failed" when the step could not run: the message is kept either way.</param>
    public async Task CommitAsync(ConversationState newState, CancellationToken ct, string status = "processed")
    {
        _batch.BatchCommands.Add(Command("""
            INSERT INTO conversations (contact_id, state_enc, updated_at) VALUES ($1, $2, $3)
            ON CONFLICT (contact_id) DO UPDATE SET state_enc = EXCLUDED.state_enc, updated_at = EXCLUDED.updated_at
            """, ContactId, _protector.Encrypt(StateSerializer.Serialize(newState), Purposes.ConversationState), Now));
        // The row was inserted as 'processed': it only becomes visible with this commit, together with the work.
        if (status != "processed")
            _batch.BatchCommands.Add(Command("UPDATE messages SET status = $3, updated_at = $2 WHERE id = $1", MessageId, Now, status));
        _batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        await _batch.ExecuteNonQueryAsync(ct);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_committed) await RollbackAsync(_connection);
        await _batch.DisposeAsync();
        await _connection.DisposeAsync();
    }

    /// <summary>Ends an unfinished transaction. A broken connection needs nothing: the server rolled back when it went.</summary>
    private static async Task RollbackAsync(NpgsqlConnection connection)
    {
        if (connection.FullState != System.Data.ConnectionState.Open) return;
        try
        {
            await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
            await rollback.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException) { }
        catch (InvalidOperationException) { }
    }

    internal static NpgsqlBatchCommand Command(string sql, params object?[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var p in parameters)
            command.Parameters.Add(p switch
            {
                DateTimeOffset d => new NpgsqlParameter { Value = d.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                null => new NpgsqlParameter { Value = DBNull.Value },
                _ => new NpgsqlParameter { Value = p },
            });
        return command;
    }
}
