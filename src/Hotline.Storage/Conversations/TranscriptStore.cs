using Hotline.Domain.Conversations;
using Hotline.Storage.Protection;
using Npgsql;
using static Hotline.Storage.Conversations.InboundTransaction;

namespace Hotline.Storage.Conversations;

/// <summary>One line of a conversation's transcript.</summary>
public sealed record TranscriptLine(long Id, string Direction, string Kind, string Body, string Status, int? ErrorCode, int Segments, DateTimeOffset CreatedAt);

/// <summary>Reads a contact's messages, decrypted, oldest first.</summary>
public sealed class TranscriptStore(NpgsqlDataSource dataSource, FieldProtector protector)
{
    public async Task<IReadOnlyList<TranscriptLine>> ForAddressAsync(Channel channel, string address, long afterId, int max, CancellationToken ct)
    {
        var hash = protector.LookupHash(ChannelNames.LookupKey(channel, address));
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command("""
            SELECT m.id, m.direction, m.kind, m.body_enc, m.status, m.error_code, m.segments, m.created_at
            FROM messages m JOIN contacts c ON c.id = m.contact_id
            WHERE c.address_hash = $1 AND m.id > $2
            ORDER BY m.id
            LIMIT $3
            """, hash, afterId, max));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var lines = new List<TranscriptLine>();
        while (await reader.ReadAsync(ct))
            lines.Add(new TranscriptLine(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                protector.Decrypt((byte[])reader.GetValue(3), Purposes.MessageBody), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.GetInt32(6),
                new DateTimeOffset(reader.GetDateTime(7), TimeSpan.Zero)));
        return lines;
    }
}
