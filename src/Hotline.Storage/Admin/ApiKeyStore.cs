using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Hotline.Storage.Admin;

/// <summary>A stored API key as authentication sees it: whose it is and whether it still works. Never the key.</summary>
public sealed record ApiKeyRecord(long Id, long OrganisationId, bool Revoked);

public sealed record CreatedApiKey(long Id, long OrganisationId, bool OrganisationCreated, string Key);

public sealed record ApiKeyListing(long Id, string Organisation, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>
/// API keys belong to an organisation. A key is "hk_" + 32 random bytes in base64url; only its SHA-256 is stored
/// (a random 256-bit secret needs no salt or stretching), found through the unique index on the hash.
/// </summary>
public sealed class ApiKeyStore(NpgsqlDataSource dataSource)
{
    public const string Prefix = "hk_";

    /// <summary>Longer than any key we issue; anything longer is refused before hashing.</summary>
    public const int MaxKeyLength = 100;

    public static string NewKey() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public async Task<ApiKeyRecord?> FindAsync(string key, CancellationToken ct)
    {
        if (key.Length > MaxKeyLength || !key.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = Sql.Command(connection, null,
            "SELECT id, organisation_id, revoked_at IS NOT NULL FROM api_keys WHERE key_hash = $1", Hash(key));
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new ApiKeyRecord(reader.GetInt64(0), reader.GetInt64(1), reader.GetBoolean(2)) : null;
    }

    /// <summary>Creates a key for the named organisation, creating the organisation first if it does not exist
    /// (how the first administrator gets in: there are no default keys).</summary>
    public async Task<CreatedApiKey> CreateAsync(string organisation, string name, DateTimeOffset now, CancellationToken ct)
    {
        var key = NewKey();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        long organisationId;
        bool created;
        await using (var insert = Sql.Command(connection, transaction,
            "INSERT INTO organisations (name, created_at) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id", organisation, now))
        {
            var id = await insert.ExecuteScalarAsync(ct);
            created = id is not null;
            if (id is long newId) organisationId = newId;
            else
            {
                await using var select = Sql.Command(connection, transaction, "SELECT id FROM organisations WHERE name = $1", organisation);
                organisationId = (long)(await select.ExecuteScalarAsync(ct))!;
            }
        }
        if (created) await AuditLog.RecordAsync(connection, transaction, organisationId, AuditLog.CliActor, "organisation.create", "organisation:" + organisationId, now, ct);

        long keyId;
        await using (var insert = Sql.Command(connection, transaction,
            "INSERT INTO api_keys (organisation_id, name, key_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
            organisationId, name, Hash(key), now))
            keyId = (long)(await insert.ExecuteScalarAsync(ct))!;
        await AuditLog.RecordAsync(connection, transaction, organisationId, AuditLog.CliActor, "api_key.create", "api_key:" + keyId, now, ct);
        await transaction.CommitAsync(ct);
        return new CreatedApiKey(keyId, organisationId, created, key);
    }

    /// <summary>Revokes a key; false when there is no such key or it was already revoked.</summary>
    public async Task<bool> RevokeAsync(long id, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var update = Sql.Command(connection, transaction,
            "UPDATE api_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING organisation_id", id, now);
        if (await update.ExecuteScalarAsync(ct) is not long organisationId) return false;
        await AuditLog.RecordAsync(connection, transaction, organisationId, AuditLog.CliActor, "api_key.revoke", "api_key:" + id, now, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<ApiKeyListing>> ListAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = Sql.Command(connection, null, """
            SELECT k.id, o.name, k.name, k.created_at, k.revoked_at
            FROM api_keys k JOIN organisations o ON o.id = k.organisation_id
            ORDER BY o.name, k.id
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var keys = new List<ApiKeyListing>();
        while (await reader.ReadAsync(ct))
            keys.Add(new ApiKeyListing(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Sql.Time(reader, 3), Sql.NullableTime(reader, 4)));
        return keys;
    }
}
