using Hotline.Storage.Protection;
using Hotline.Storage.Tenancy;
using Npgsql;

namespace Hotline.Storage.Admin;

/// <summary>A case as the admin API shows it: routing, status and timings, the person's number masked. Never what
/// anyone wrote: message text and notes stay in the console, behind its own permissions.</summary>
public sealed record CaseRecord(string Code, string Kind, string? Need, string? Province, string? Reason, string Status,
    long? AssignedResponderId, bool? ConsentToShare, string ContactMasked, DateTimeOffset OpenedAt, DateTimeOffset? FirstPagedAt,
    DateTimeOffset? AckedAt, DateTimeOffset? FirstReplyAt, DateTimeOffset? ClosedAt, string? Outcome, int EscalationStep, int EscalationRound);

/// <summary>Read access to one organisation's cases. A case not (yet) routed to an organisation is nobody's here.</summary>
public sealed class CaseReadStore(TenantDatabase tenants, FieldProtector protector)
{
    private const string Select = """
        SELECT k.code, k.kind, k.need, k.province, k.reason, k.status, k.assigned_responder_id, k.consent_to_share, c.address_enc,
               k.opened_at, k.first_paged_at, k.acked_at, k.first_reply_at, k.closed_at, k.outcome, k.escalation_step, k.escalation_round
        FROM cases k JOIN contacts c ON c.id = k.contact_id
        """;

    /// <summary>Newest first, optionally filtered by status and kind.</summary>
    public async Task<IReadOnlyList<CaseRecord>> ListAsync(long organisationId, string? status, string? kind, int limit, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        await using var command = Sql.Command(connection, transaction, Select + """

            WHERE k.organisation_id = $1 AND ($2::text IS NULL OR k.status = $2) AND ($3::text IS NULL OR k.kind = $3)
            ORDER BY k.opened_at DESC, k.id DESC
            LIMIT $4
            """, organisationId, status, kind, limit);
        return await ReadAsync(command, ct);
    }

    /// <summary>By code, as given or upper-cased (codes are read out and typed back by people).</summary>
    public async Task<CaseRecord?> GetAsync(long organisationId, string code, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        await using var command = Sql.Command(connection, transaction, Select + " WHERE k.organisation_id = $1 AND k.code IN ($2, upper($2))", organisationId, code);
        return (await ReadAsync(command, ct)).FirstOrDefault();
    }

    private async Task<List<CaseRecord>> ReadAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var list = new List<CaseRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            list.Add(new CaseRecord(reader.GetString(0), reader.GetString(1), Sql.NullableString(reader, 2), Sql.NullableString(reader, 3),
                Sql.NullableString(reader, 4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetInt64(6),
                reader.IsDBNull(7) ? null : reader.GetBoolean(7),
                PhoneNumbers.Mask(protector.Decrypt((byte[])reader.GetValue(8), Purposes.ContactAddress)),
                Sql.Time(reader, 9), Sql.NullableTime(reader, 10), Sql.NullableTime(reader, 11), Sql.NullableTime(reader, 12),
                Sql.NullableTime(reader, 13), Sql.NullableString(reader, 14), reader.GetInt32(15), reader.GetInt32(16)));
        return list;
    }
}
