using Hotline.Domain.Sms;
using Hotline.Storage.Conversations;
using Hotline.Storage.Protection;
using Npgsql;
using static Hotline.Storage.Conversations.InboundTransaction;

namespace Hotline.Storage.Outbox;

/// <summary>The one way an outgoing message is written: as a pending outbox row, inside the caller's transaction.</summary>
public static class OutboxRows
{
    public static NpgsqlBatchCommand Insert(FieldProtector protector, long contactId, string? ourAddress, string body, string kind,
        long? inReplyTo, DateTimeOffset now)
    {
        var cost = SmsSegments.Measure(body);
        var command = Command("""
            INSERT INTO messages (contact_id, direction, kind, our_address, body_enc, encoding, segments, status, next_attempt_at, in_reply_to, created_at, updated_at)
            VALUES ($1, 'out', $2, $3, $4, $5, $6, 'pending', $7, $8, $7, $7)
            RETURNING id
            """,
            contactId, kind, (object?)ourAddress ?? DBNull.Value, protector.Encrypt(body, Purposes.MessageBody),
            Encodings.ToDb(cost.Encoding), cost.Segments, now, (object?)inReplyTo ?? DBNull.Value);
        return command;
    }

    /// <summary>Many messages without a reply address in one statement (the check-in tick writes a thousand at a time:
    /// one statement instead of a thousand saves most of the database's parse and plan work).</summary>
    public static NpgsqlBatchCommand InsertMany(FieldProtector protector, IReadOnlyList<(long ContactId, string Body)> messages, string kind, DateTimeOffset now)
    {
        var costs = new Dictionary<string, SmsCost>(StringComparer.Ordinal);
        var contacts = new long[messages.Count];
        var bodies = new byte[messages.Count][];
        var encodings = new string[messages.Count];
        var segments = new int[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            var (contactId, body) = messages[i];
            if (!costs.TryGetValue(body, out var cost)) costs[body] = cost = SmsSegments.Measure(body);
            contacts[i] = contactId;
            bodies[i] = protector.Encrypt(body, Purposes.MessageBody);
            encodings[i] = Encodings.ToDb(cost.Encoding);
            segments[i] = cost.Segments;
        }
        return Command("""
            INSERT INTO messages (contact_id, direction, kind, body_enc, encoding, segments, status, next_attempt_at, created_at, updated_at)
            SELECT m.contact_id, 'out', $5, m.body_enc, m.encoding, m.segments, 'pending', $6, $6, $6
            FROM unnest($1::bigint[], $2::bytea[], $3::text[], $4::int[]) AS m (contact_id, body_enc, encoding, segments)
            """, contacts, bodies, encodings, segments, kind, now);
    }
}
