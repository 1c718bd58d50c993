using Hotline.Storage.Tenancy;
using Npgsql;

namespace Hotline.Storage.Admin;

public sealed record OrganisationRecord(long Id, string Name, string[] Needs, string[] Provinces, bool AcceptsUrgent,
    int AckTimeoutSeconds, int RepeatLimit, DateTimeOffset CreatedAt);

/// <summary>What a PATCH may change; null leaves a field as it is.</summary>
public sealed record OrganisationChanges(string[]? Needs, string[]? Provinces, bool? AcceptsUrgent, int? AckTimeoutSeconds, int? RepeatLimit);

/// <summary>The caller's own organisation: what it takes (needs, provinces, urgent cases) and its escalation policy.</summary>
public sealed class OrganisationStore(TenantDatabase tenants)
{
    private const string Columns = "id, name, needs, provinces, accepts_urgent, ack_timeout_seconds, repeat_limit, created_at";

    public async Task<OrganisationRecord?> GetAsync(long organisationId, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        await using var command = Sql.Command(connection, transaction, $"SELECT {Columns} FROM organisations WHERE id = $1", organisationId);
        return await ReadOneAsync(command, ct);
    }

    public async Task<OrganisationRecord?> UpdateAsync(long organisationId, OrganisationChanges changes, string actor, DateTimeOffset now, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        OrganisationRecord? updated;
        await using (var command = Sql.Command(connection, transaction, $"""
            UPDATE organisations SET
                needs = coalesce($2, needs),
                provinces = coalesce($3, provinces),
                accepts_urgent = coalesce($4, accepts_urgent),
                ack_timeout_seconds = coalesce($5, ack_timeout_seconds),
                repeat_limit = coalesce($6, repeat_limit)
            WHERE id = $1
            RETURNING {Columns}
            """, organisationId, changes.Needs, changes.Provinces, changes.AcceptsUrgent, changes.AckTimeoutSeconds, changes.RepeatLimit))
            updated = await ReadOneAsync(command, ct);
        if (updated is null) return null;
        await AuditLog.RecordAsync(connection, transaction, organisationId, actor, "organisation.update", "organisation:" + organisationId, now, ct);
        await transaction.CommitAsync(ct);
        return updated;
    }

    private static async Task<OrganisationRecord?> ReadOneAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new OrganisationRecord(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<string[]>(2), reader.GetFieldValue<string[]>(3),
            reader.GetBoolean(4), reader.GetInt32(5), reader.GetInt32(6), Sql.Time(reader, 7));
    }
}
