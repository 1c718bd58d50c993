using Hotline.Storage.Tenancy;
using Npgsql;

namespace Hotline.Storage.Admin;

/// <summary>
/// The append-only record of changes made through the admin API and the CLI, and of rejected API keys. Only ids and
/// action names go in: never a phone number, a name or a key. Rows are inserted in the same transaction as the
/// change they describe, so a change and its audit row exist together or not at all. Append-only for the service: its
/// roles may INSERT (and the tenant SELECT its own rows), never UPDATE or DELETE (migration 0008).
/// </summary>
public static class AuditLog
{
    public static string ApiKeyActor(long apiKeyId) => "api_key:" + apiKeyId;

    public const string CliActor = "cli";
    public const string UnknownActor = "unknown";

    public static async Task RecordAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long? organisationId,
        string actor, string action, string? target, DateTimeOffset at, CancellationToken ct)
    {
        await using var command = Sql.Command(connection, transaction,
            "INSERT INTO audit_log (organisation_id, actor, action, target, created_at) VALUES ($1, $2, $3, $4, $5)",
            organisationId, actor, action, target, at);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A single audit row of one organisation in its own transaction (for events that change nothing else, like a
    /// case view), written as that organisation.</summary>
    public static async Task RecordAsync(TenantDatabase tenants, long organisationId, string actor, string action, string? target,
        DateTimeOffset at, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        await RecordAsync(tenant.Connection, tenant.Transaction, organisationId, actor, action, target, at, ct);
        await tenant.CommitAsync(ct);
    }

    /// <summary>A single audit row in its own transaction, written by the worker role (for events before an
    /// organisation is known or proven, like a rejected key or a failed sign-in).</summary>
    public static async Task RecordAsync(NpgsqlDataSource dataSource, long? organisationId, string actor, string action,
        string? target, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await RecordAsync(connection, null, organisationId, actor, action, target, at, ct);
    }
}
