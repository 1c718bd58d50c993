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
}
