using System.Security.Cryptography;
using Dapper;
using Npgsql;

namespace Hotline.Storage.Protection;

/// <summary>The stored key check value (migration 0012). Runs on the owner's pool.</summary>
public static class KeyCheckStore
{
    public enum Outcome { Matches, Recorded, Differs, NoTable }

    /// <summary>Records the value on the first start (two nodes starting at once record one) and compares it with
    /// the stored one on every start.</summary>
    public static async Task<Outcome> CheckAsync(NpgsqlDataSource owner, byte[] checkValue, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await owner.OpenConnectionAsync(ct);
        try
        {
            var inserted = await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO encryption_key_check (id, check_value, created_at) VALUES (1, @checkValue, @now) ON CONFLICT (id) DO NOTHING",
                new { checkValue, now = now.UtcDateTime }, cancellationToken: ct));
            if (inserted == 1) return Outcome.Recorded;
            var stored = await connection.ExecuteScalarAsync<byte[]>(new CommandDefinition(
                "SELECT check_value FROM encryption_key_check WHERE id = 1", cancellationToken: ct));
            return stored is not null && CryptographicOperations.FixedTimeEquals(stored, checkValue) ? Outcome.Matches : Outcome.Differs;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return Outcome.NoTable;
        }
    }
}
