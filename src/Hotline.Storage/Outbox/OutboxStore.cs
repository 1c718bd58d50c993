using Hotline.Domain.Conversations;
using Hotline.Storage.Conversations;
using Hotline.Storage.Protection;
using Npgsql;
using static Hotline.Storage.Conversations.InboundTransaction;

namespace Hotline.Storage.Outbox;

/// <summary>
/// The dispatcher's side of the outbox. Rows move pending → dispatching (leased) → accepted by the provider
/// (queued/sent/…) or back to pending (retry) or failed/cancelled. A lease that expires means a node died while
/// sending: the row goes back to pending with <c>needs_lookup</c>, so the next attempt first asks the provider
/// whether the message already arrived there.
/// </summary>
public sealed class OutboxStore(NpgsqlDataSource dataSource, FieldProtector protector)
{
    /// <summary>Claims due rows, at most one per contact and only the contact's oldest unsent one, so a contact's
    /// messages leave in order even across several nodes.</summary>
    public async Task<IReadOnlyList<ClaimedMessage>> ClaimAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken ct)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command("""
            WITH due AS (
                SELECT m.id, m.send_started_at AS previous_started
                FROM messages m
                WHERE m.status = 'pending' AND m.next_attempt_at <= $1
                  AND NOT EXISTS (SELECT 1 FROM messages p
                                  WHERE p.contact_id = m.contact_id AND p.direction = 'out'
                                    AND p.status IN ('pending', 'dispatching') AND p.id < m.id)
                ORDER BY m.next_attempt_at, m.id
                LIMIT $2
                FOR UPDATE OF m SKIP LOCKED)
            UPDATE messages m
            SET status = 'dispatching', attempts = m.attempts + 1, send_started_at = $1, lease_until = $3, updated_at = $1
            FROM due, contacts c
            WHERE m.id = due.id AND c.id = m.contact_id
            RETURNING m.id, m.contact_id, c.channel, c.address_enc, m.our_address, m.body_enc, m.kind, m.attempts,
                      m.needs_lookup, due.previous_started, c.opted_out_at IS NOT NULL
            """, now, max, now + lease));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var claimed = new List<ClaimedMessage>();
        while (await reader.ReadAsync(ct))
        {
            var channel = ChannelNames.FromDb(reader.GetString(2));
            var key = protector.Decrypt((byte[])reader.GetValue(3), Purposes.ContactAddress);
            var address = key[(key.IndexOf(':') + 1)..];
            claimed.Add(new ClaimedMessage(
                reader.GetInt64(0), reader.GetInt64(1), channel, address,
                reader.IsDBNull(4) ? null : reader.GetString(4),
                protector.Decrypt((byte[])reader.GetValue(5), Purposes.MessageBody),
                reader.GetString(6), reader.GetInt32(7), reader.GetBoolean(8),
                reader.IsDBNull(9) ? null : new DateTimeOffset(reader.GetDateTime(9), TimeSpan.Zero),
                reader.GetBoolean(10)));
        }
        return claimed;
    }

    /// <summary>The last check before the provider is called: the row was not cancelled (quick exit) and its contact
    /// has not opted out while it waited for its turn under the rate limit.</summary>
    public async Task<bool> StillDueAsync(long id, CancellationToken ct)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command("""
            SELECT m.status = 'dispatching' AND c.opted_out_at IS NULL
            FROM messages m JOIN contacts c ON c.id = m.contact_id WHERE m.id = $1
            """, id));
        return await batch.ExecuteScalarAsync(ct) is true;
    }

    /// <summary>Rows whose dispatcher died mid-send go back to pending, flagged for a look-up before resending.</summary>
    public async Task<int> RecoverExpiredLeasesAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command("""
            UPDATE messages SET status = 'pending', needs_lookup = true, next_attempt_at = $1, lease_until = NULL, updated_at = $1
            WHERE status = 'dispatching' AND lease_until < $1
            """, now));
        return await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The provider accepted these messages: one statement for the lot, one commit. Status callbacks that
    /// arrived before we knew a sid are applied now.</summary>
    public async Task MarkAcceptedAsync(IReadOnlyList<AcceptedSend> sends, DateTimeOffset now, CancellationToken ct)
    {
        if (sends.Count == 0) return;
        var sids = sends.Select(s => s.ProviderSid).ToArray();
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command("""
            UPDATE messages m SET status = a.status, status_rank = a.rank, provider_sid = a.sid, lease_until = NULL, needs_lookup = false,
                                  duplicate_suspected = m.duplicate_suspected OR a.duplicate, error_code = NULL, error_message = NULL, updated_at = $6
            FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::boolean[]) AS a(id, sid, status, rank, duplicate)
            WHERE m.id = a.id
            """, sends.Select(s => s.Id).ToArray(), sids, sends.Select(s => s.Status).ToArray(),
            sends.Select(s => s.Rank).ToArray(), sends.Select(s => s.DuplicateSuspected).ToArray(), now));
        batch.BatchCommands.Add(Command("""
            UPDATE messages m SET status = e.status, status_rank = e.status_rank, error_code = coalesce(e.error_code, m.error_code), updated_at = $2
            FROM (SELECT DISTINCT ON (provider_sid) provider_sid, status, status_rank, error_code
                  FROM status_events WHERE provider_sid = ANY($1) ORDER BY provider_sid, status_rank DESC) e
            WHERE m.provider_sid = e.provider_sid AND m.direction = 'out' AND m.status_rank < e.status_rank
            """, sids, now));
        await batch.ExecuteNonQueryAsync(ct);
    }

    public async Task MarkRetryAsync(long id, DateTimeOffset nextAttemptAt, int? errorCode, string error, bool needsLookup, DateTimeOffset now, CancellationToken ct)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command("""
            UPDATE messages SET status = 'pending', next_attempt_at = $2, error_code = $3, error_message = $4,
                                needs_lookup = needs_lookup OR $5, lease_until = NULL, updated_at = $6
            WHERE id = $1
            """, id, nextAttemptAt, (object?)errorCode ?? DBNull.Value, error, needsLookup, now));
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A final failure, visible with the provider's code. An opt-out answer from the provider (21610)
    /// also marks the contact opted out, so nothing else is tried.</summary>
    public async Task MarkFailedAsync(long id, long contactId, int? errorCode, string error, bool contactOptedOut, DateTimeOffset now, CancellationToken ct)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command("""
            UPDATE messages SET status = 'failed', status_rank = 5, error_code = $2, error_message = $3, lease_until = NULL, updated_at = $4
            WHERE id = $1
            """, id, (object?)errorCode ?? DBNull.Value, error, now));
        if (contactOptedOut)
            batch.BatchCommands.Add(Command("UPDATE contacts SET opted_out_at = coalesce(opted_out_at, $2) WHERE id = $1", contactId, now));
        await batch.ExecuteNonQueryAsync(ct);
    }

    public async Task MarkCancelledAsync(long id, string reason, DateTimeOffset now, CancellationToken ct)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command("""
            UPDATE messages SET status = 'cancelled', error_message = $2, lease_until = NULL, updated_at = $3 WHERE id = $1 AND status = 'dispatching'
            """, id, reason, now));
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A status callback: recorded once per (sid, status), applied only if it moves the message forward.</summary>
    /// <returns>True when the message's status changed.</returns>
    public async Task<bool> ApplyStatusAsync(string providerSid, string status, int rank, int? errorCode, DateTimeOffset now, CancellationToken ct)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command("""
            INSERT INTO status_events (provider_sid, status, status_rank, error_code, received_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT DO NOTHING
            """, providerSid, status, rank, (object?)errorCode ?? DBNull.Value, now));
        batch.BatchCommands.Add(Command("""
            UPDATE messages SET status = $2, status_rank = $3, error_code = coalesce($4, error_code), updated_at = $5
            WHERE provider_sid = $1 AND direction = 'out' AND status_rank < $3
            """, providerSid, status, rank, (object?)errorCode ?? DBNull.Value, now));
        if (errorCode == 21610)
            batch.BatchCommands.Add(Command("""
                UPDATE contacts SET opted_out_at = coalesce(opted_out_at, $2)
                WHERE id = (SELECT contact_id FROM messages WHERE provider_sid = $1 AND direction = 'out')
                """, providerSid, now));
        await batch.ExecuteNonQueryAsync(ct);
        return batch.BatchCommands[1].RecordsAffected > 0;
    }
}
