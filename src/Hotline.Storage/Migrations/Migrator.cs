using System.Reflection;
using Npgsql;

namespace Hotline.Storage.Migrations;

/// <summary>
/// Applies the embedded <c>NNNN_name.sql</c> scripts in order, each in its own transaction, under an advisory lock
/// so that several nodes starting together apply each script once.
/// </summary>
public sealed class Migrator(NpgsqlDataSource dataSource)
{
    private const long LockKey = 0x486f746c696e65; // "Hotline"

    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts { get; } = LoadScripts();

    public static int LatestVersion => Scripts.Count == 0 ? 0 : Scripts[^1].Version;

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await Exec(conn, "SELECT pg_advisory_lock(" + LockKey + ")", ct);
        try
        {
            await Exec(conn, "CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())", ct);
            var applied = new HashSet<int>();
            await using (var cmd = new NpgsqlCommand("SELECT version FROM schema_migrations", conn))
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) applied.Add(reader.GetInt32(0));

            var done = new List<string>();
            foreach (var (version, name, sql) in Scripts.Where(s => !applied.Contains(s.Version)))
            {
                await using var tx = await conn.BeginTransactionAsync(ct);
                await using (var cmd = new NpgsqlCommand(sql, conn, tx)) await cmd.ExecuteNonQueryAsync(ct);
                await using (var cmd = new NpgsqlCommand("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", conn, tx))
                {
                    cmd.Parameters.AddWithValue(version);
                    cmd.Parameters.AddWithValue(name);
                    await cmd.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
                done.Add($"{version:D4}_{name}");
            }
            return done;
        }
        finally
        {
            await Exec(conn, "SELECT pg_advisory_unlock(" + LockKey + ")", CancellationToken.None);
        }
    }

    /// <summary>The newest applied version, or 0 when the schema table is missing.</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 ELSE (SELECT coalesce(max(version), 0) FROM schema_migrations) END", conn);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct));
    }

    private static async Task Exec(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static IReadOnlyList<(int, string, string)> LoadScripts()
    {
        var asm = typeof(Migrator).Assembly;
        const string prefix = "Hotline.Storage.Migrations.";
        return asm.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[prefix.Length..^4];
                var version = int.Parse(file[..4]);
                using var stream = asm.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (version, file[5..], reader.ReadToEnd());
            })
            .OrderBy(s => s.version)
            .ToList();
    }
}
