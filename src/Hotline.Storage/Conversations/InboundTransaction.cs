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
/// conversation. Effects then queue their changes; <see cref="CommitAsync"/> sends them with the new state in one
/// round trip and commits. Nothing is visible to anyone until the commit.
/// </summary>
public sealed class InboundTransaction : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly FieldProtector _protector;
    private readonly NpgsqlBatch _batch;
    private bool _committed;
    private bool _disposed;

    private InboundTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, FieldProtector protector,
        InboundEnvelope envelope, long contactId, long messageId, ContactContext contact, ConversationState state)
    {
        _connection = connection;
        _transaction = transaction;
        _protector = protector;
        _batch = new NpgsqlBatch(connection, transaction);
        Envelope = envelope;
        ContactId = contactId;
        MessageId = messageId;
        Contact = contact;
        State = state;
    }

    public InboundEnvelope Envelope { get; }
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
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = await connection.BeginTransactionAsync(ct);
            await using var batch = new NpgsqlBatch(connection, transaction);
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
                SELECT id, 'in', 'message', $1, $2, $3, $4, $5, 'received', $6, $6 FROM contacts WHERE address_hash = $7
                ON CONFLICT (provider_sid) WHERE direction = 'in' DO NOTHING
                RETURNING id
                """,
                envelope.ProviderSid, (object?)envelope.OurAddress ?? DBNull.Value,
                protector.Encrypt(envelope.Body, Purposes.MessageBody), Encodings.ToDb(cost.Encoding), cost.Segments,
                envelope.ReceivedAt, hash));
            batch.BatchCommands.Add(Command("""
                SELECT v.state_enc FROM conversations v JOIN contacts c ON c.id = v.contact_id WHERE c.address_hash = $1
                """, hash));

            long contactId; string? language; bool optedOut; long? messageId = null; byte[]? stateEnc = null;
            await using (var reader = await batch.ExecuteReaderAsync(ct))
            {
                await reader.ReadAsync(ct);
                contactId = reader.GetInt64(0);
                language = reader.IsDBNull(1) ? null : reader.GetString(1);
                optedOut = reader.GetBoolean(2);
                await reader.NextResultAsync(ct);
                if (await reader.ReadAsync(ct)) messageId = reader.GetInt64(0);
                await reader.NextResultAsync(ct);
                if (await reader.ReadAsync(ct)) stateEnc = (byte[])reader.GetValue(0);
            }

            if (messageId is null)
            {
                await transaction.RollbackAsync(ct);
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
                return null;
            }

            var state = stateEnc is null ? ConversationState.New : StateSerializer.Deserialize(protector.Decrypt(stateEnc, Purposes.ConversationState));
            LanguageForm? form = LanguageForms.TryParse(language, out var f) ? f : null;
            var contact = new ContactContext(contactId, form, optedOut);
            return new InboundTransaction(connection, transaction, protector, envelope, contactId, messageId.Value, contact, state);
        }
        catch
        {
            if (transaction is not null) await transaction.DisposeAsync();
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Queues an outgoing message to this contact, from the hotline address they wrote to.</summary>
    public void QueueOutbound(string body, string kind = OutboundKinds.Reply)
    {
        var cost = SmsSegments.Measure(body);
        _batch.BatchCommands.Add(Command("""
            INSERT INTO messages (contact_id, direction, kind, our_address, body_enc, encoding, segments, status, next_attempt_at, in_reply_to, created_at, updated_at)
            VALUES ($1, 'out', $2, $3, $4, $5, $6, 'pending', $7, $8, $7, $7)
            """,
            ContactId, kind, (object?)Envelope.OurAddress ?? DBNull.Value, _protector.Encrypt(body, Purposes.MessageBody),
            Encodings.ToDb(cost.Encoding), cost.Segments, Now, MessageId));
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
    public void CancelPending(string reason) =>
        _batch.BatchCommands.Add(Command("""
            UPDATE messages SET status = 'cancelled', error_message = $2, updated_at = $3
            WHERE contact_id = $1 AND direction = 'out' AND status IN ('pending', 'dispatching')
            """, ContactId, reason, Now));

    /// <summary>Urgent danger: kept with the message, for the responder paging that follows.</summary>
    public void RaiseUrgent(string reason) =>
        _batch.BatchCommands.Add(Command(
            "INSERT INTO urgent_signals (contact_id, message_id, reason, raised_at) VALUES ($1, $2, $3, $4)",
            ContactId, MessageId, reason, Now));

    /// <summary>A named action the flow asked the host to carry out, kept with its (encrypted) arguments.</summary>
    public void RequestAction(string name, IReadOnlyDictionary<string, string> args) =>
        _batch.BatchCommands.Add(Command(
            "INSERT INTO requested_actions (contact_id, message_id, name, args_enc, requested_at) VALUES ($1, $2, $3, $4, $5)",
            ContactId, MessageId, name, _protector.Encrypt(System.Text.Json.JsonSerializer.Serialize(args), Purposes.ActionArgs), Now));

    /// <summary>Adds a statement of another part of the system (cases, pages) to this unit of work.</summary>
    public void Add(string sql, params object?[] parameters) => _batch.BatchCommands.Add(Command(sql, parameters));

    /// <param name="status">"processed", or "failed" when the step could not run: the message is kept either way.</param>
    public async Task CommitAsync(ConversationState newState, CancellationToken ct, string status = "processed")
    {
        _batch.BatchCommands.Add(Command("""
            INSERT INTO conversations (contact_id, state_enc, updated_at) VALUES ($1, $2, $3)
            ON CONFLICT (contact_id) DO UPDATE SET state_enc = EXCLUDED.state_enc, updated_at = EXCLUDED.updated_at
            """, ContactId, _protector.Encrypt(StateSerializer.Serialize(newState), Purposes.ConversationState), Now));
        _batch.BatchCommands.Add(Command("UPDATE messages SET status = $3, updated_at = $2 WHERE id = $1", MessageId, Now, status));
        await _batch.ExecuteNonQueryAsync(ct);
        await _transaction.CommitAsync(ct);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_committed)
        {
            try { await _transaction.RollbackAsync(); } catch (NpgsqlException) { } catch (InvalidOperationException) { }
        }
        await _batch.DisposeAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
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
