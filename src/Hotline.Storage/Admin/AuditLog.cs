using Npgsql;

namespace Hotline.Storage.Admin;

/// <summary>
/// The append-only record of changes made through the admin API and the CLI, and of rejected API keys. Only ids and
/// action names go in: never a phone number, a name or a key. Rows are inserted in the same transaction as the
/// change they describe, so a change and its audit row exist together or not at all.
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

    /// <summary>A single audit row in its own transaction (for events that change nothing else, like a rejected key).</summary>
    public static async Task RecordAsync(NpgsqlDataSource dataSource, long? organisationId, string actor, string action,
        string? target, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await RecordAsync(connection, null, organisationId, actor, action, target, at, ct);
    }
}
