using Npgsql;

namespace Hotline.Storage.Tenancy;

/// <summary>
/// The two roles the running service connects as (created by migration 0008), the start-up check that they cannot
/// bypass row-level security, and the development convenience of letting them log in.
/// </summary>
public static class RuntimeRoles
{
    public const string Tenant = "hotline_tenant";
    public const string Worker = "hotline_worker";

    /// <summary>
    /// Why <paramref name="dataSource"/>'s role must not run the service, or null when it is fit: it may not be a
    /// superuser, have BYPASSRLS, or own (directly or through membership) any table — each of these skips the
    /// policies; and it must act as <paramref name="expectedRole"/> only (the tenant must not also be a worker).
    /// </summary>
    public static async Task<string?> ProblemAsync(NpgsqlDataSource dataSource, string expectedRole, CancellationToken ct)
    {
        var other = expectedRole == Tenant ? Worker : Tenant;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("""
            SELECT r.rolname, r.rolsuper, r.rolbypassrls,
                   (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                      AND pg_has_role(r.oid, c.relowner, 'USAGE')),
                   pg_has_role(r.oid, $1, 'USAGE'), pg_has_role(r.oid, $2, 'USAGE')
            FROM pg_roles r WHERE r.rolname = current_user
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = expectedRole });
        command.Parameters.Add(new NpgsqlParameter { Value = other });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var name = reader.GetString(0);
        if (reader.GetBoolean(1)) return $"'{name}' is a superuser";
        if (reader.GetBoolean(2)) return $"'{name}' has BYPASSRLS";
        if (reader.GetInt64(3) > 0) return $"'{name}' owns {reader.GetInt64(3)} table(s) (table owners are trusted by PostgreSQL)";
        if (!reader.GetBoolean(4)) return $"'{name}' is not {expectedRole} or a member of it";
        if (reader.GetBoolean(5)) return $"'{name}' is also a member of {other}";
        return null;
    }

    /// <summary>Gives both roles LOGIN (no password) unless they have it. For the development and test path only, where
    /// the cluster trusts local connections and the runtime connection strings are derived from the owner's; in
    /// production an operator gives each role LOGIN and a password. Run as the owner (CREATEROLE suffices).</summary>
    public static async Task EnableLoginAsync(NpgsqlDataSource ownerDataSource, CancellationToken ct)
    {
        await using var connection = await ownerDataSource.OpenConnectionAsync(ct);
        foreach (var role in new[] { Tenant, Worker })
        {
            if (await CanLogInAsync(connection, role, ct)) continue;
            await using var alter = new NpgsqlCommand($"ALTER ROLE {role} LOGIN", connection);
            try
            {
                await alter.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException)
            {
                // Another node (or another database in the cluster) may have done it at the same moment ("tuple
                // concurrently updated"): fine if the role can log in now.
                if (!await CanLogInAsync(connection, role, ct)) throw;
            }
        }
    }

    private static async Task<bool> CanLogInAsync(NpgsqlConnection connection, string role, CancellationToken ct)
    {
        await using var check = new NpgsqlCommand("SELECT rolcanlogin FROM pg_roles WHERE rolname = $1", connection);
        check.Parameters.Add(new NpgsqlParameter { Value = role });
        return await check.ExecuteScalarAsync(ct) is true;
    }
}
