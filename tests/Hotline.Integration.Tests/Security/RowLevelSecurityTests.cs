using Dapper;
using Hotline.Integration.Tests.Api;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Admin;
using Hotline.Storage.Migrations;
using Hotline.Storage.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hotline.Integration.Tests.Security;

/// <summary>PostgreSQL itself keeps organisations apart: every table is under forced row-level security, the runtime
/// roles see one organisation (tenant) or route across them (worker), and the audit log is append-only for both.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RowLevelSecurityTests(PostgresFixture postgres)
{
    /// <summary>Tables without row-level security, each with the reason. Anything else must be protected: a table added
    /// later without RLS fails here until it gets policies (migration) or a reason (this list).</summary>
    private static readonly Dictionary<string, string> NotTenantData = new()
    {
        ["schema_migrations"] = "the migrator's own record of applied scripts: version numbers and names",
        ["qrtz_*"] = "Quartz's scheduler tables: job and trigger definitions, created and owned by the scheduler, no personal or organisation data",
    };

    [Fact]
    public async Task Every_table_has_forced_row_level_security_unless_listed_with_a_reason()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        await using var db = await server.OpenDbAsync();
        var tables = (await db.QueryAsync<(string Name, bool Enabled, bool Forced)>("""
            SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname
            """)).ToList();
        Assert.Contains(tables, t => t.Name == "cases");
        Assert.Contains(tables, t => t.Name.StartsWith("qrtz_", StringComparison.Ordinal)); // the scheduler ran: its tables are checked too

        var unprotected = tables.Where(t => !(t.Enabled && t.Forced) && !Listed(t.Name)).Select(t => t.Name).ToList();
        Assert.True(unprotected.Count == 0, "tables without ENABLE + FORCE ROW LEVEL SECURITY and without a reason: " + string.Join(", ", unprotected));

        // A table that belongs to an organisation also needs a tenant policy, or the tenant role would see none of it.
        var withoutTenantPolicy = (await db.QueryAsync<string>("""
            SELECT DISTINCT a.attrelid::regclass::text FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attname = 'organisation_id' AND NOT a.attisdropped
              AND NOT EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname AND 'hotline_tenant' = ANY (p.roles))
            """)).ToList();
        Assert.Empty(withoutTenantPolicy);
    }

    private static bool Listed(string table) =>
        NotTenantData.Keys.Any(k => k.EndsWith('*') ? table.StartsWith(k[..^1], StringComparison.Ordinal) : table == k);

    [Fact]
    public async Task Tenant_role_with_no_organisation_set_sees_no_cases()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var a = await api.OrganisationAsync("Organisation A");
        await api.SeedCaseAsync(a.OrganisationId, "K7Q4", "+85512000111");

        await using var tenant = await OpenAsAsync(api.Server, RuntimeRoles.Tenant);
        Assert.Equal(0, await tenant.ExecuteScalarAsync<long>("SELECT count(*) FROM cases"));
        Assert.Equal(0, await tenant.ExecuteScalarAsync<long>("SELECT count(*) FROM contacts"));
        // After a transaction that named an organisation, the pooled connection is back to none (not all).
        await using (var tx = await tenant.BeginTransactionAsync())
        {
            await tenant.ExecuteAsync("SELECT set_config('hotline.organisation_id', @org, true)", new { org = a.OrganisationId.ToString() }, tx);
            Assert.Equal(1, await tenant.ExecuteScalarAsync<long>("SELECT count(*) FROM cases", transaction: tx));
            await tx.CommitAsync();
        }
        Assert.Equal(0, await tenant.ExecuteScalarAsync<long>("SELECT count(*) FROM cases"));
    }

    [Fact]
    public async Task Tenant_role_bound_to_one_organisation_sees_and_changes_none_of_anothers_rows()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var a = await api.OrganisationAsync("Organisation A");
        var b = await api.OrganisationAsync("Organisation B");
        await api.SeedCaseAsync(a.OrganisationId, "AAA1", "+85512000111");
        await api.SeedCaseAsync(b.OrganisationId, "BBB1", "+85512000222");
        await b.CreateResponderAsync("Sample responder of B", "+85512000333");
        var tenants = api.Server.Services.GetRequiredService<TenantDatabase>();

        await using var tenant = await tenants.BeginAsync(a.OrganisationId, CancellationToken.None);
        var (connection, transaction) = tenant;
        // No WHERE organisation_id here on purpose: the database alone must hold the line.
        Assert.Equal(new[] { "AAA1" }, await connection.QueryAsync<string>("SELECT code FROM cases", transaction: transaction));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM contacts", transaction: transaction)); // A's case's person only
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM responders", transaction: transaction));
        Assert.Equal(new[] { a.OrganisationId }, await connection.QueryAsync<long>("SELECT id FROM organisations", transaction: transaction));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM audit_log WHERE organisation_id <> @org",
            new { org = a.OrganisationId }, transaction));
        Assert.Equal(0, await connection.ExecuteAsync("UPDATE cases SET status = 'closed' WHERE code = 'BBB1'", transaction: transaction));
        var foreignWrite = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            "INSERT INTO audit_log (organisation_id, actor, action, created_at) VALUES (@org, 'test', 'forged', now())", new { org = b.OrganisationId }, transaction));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, foreignWrite.SqlState); // "new row violates row-level security policy"
    }

    [Fact]
    public async Task The_functions_that_reach_beyond_one_organisation_check_the_transactions_organisation_and_answer_counts_only()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var a = await api.OrganisationAsync("Organisation A");
        var b = await api.OrganisationAsync("Organisation B");
        await api.SeedCaseAsync(a.OrganisationId, "AAA1", "+85512000111");
        await api.SeedCaseAsync(b.OrganisationId, "BBB1", "+85512000222");
        await using (var owner = await api.Server.OpenDbAsync())
            await owner.ExecuteAsync("UPDATE cases SET consent_to_share = true; INSERT INTO screening_records (indicators, level, recorded_on) VALUES ('{}', 'high', '2026-01-01')");
        var bCase = await api.Server.CountAsync("SELECT id FROM cases WHERE code = 'BBB1'");

        // No organisation set: nothing to count, nobody to refer to.
        await using (var unbound = await OpenAsAsync(api.Server, RuntimeRoles.Tenant))
        {
            Assert.Empty(await unbound.QueryAsync("SELECT * FROM hotline_counts('cases_by_need', '-infinity', '-infinity')"));
            Assert.Empty(await unbound.QueryAsync("SELECT * FROM referral_organisations()"));
        }

        var tenants = api.Server.Services.GetRequiredService<TenantDatabase>();
        await using var tenant = await tenants.BeginAsync(a.OrganisationId, CancellationToken.None);
        var (connection, transaction) = tenant;
        // Counts across organisations, by label; the rows themselves stay out of reach.
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>(
            "SELECT sum(total) FROM hotline_counts('cases_by_outcome', '-infinity', '-infinity')", transaction: transaction));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "SELECT sum(total) FROM hotline_counts('screenings_by_level', '-infinity', '-infinity')", transaction: transaction));
        Assert.Equal(new[] { b.OrganisationId }, await connection.QueryAsync<long>("SELECT id FROM referral_organisations()", transaction: transaction));
        // B's case cannot be moved from A's transaction, even to A itself.
        Assert.Equal("not_found", await connection.ExecuteScalarAsync<string>(
            "SELECT refer_case(@bCase, @to, 0, now())", new { bCase, to = a.OrganisationId }, transaction));
        await tenant.CommitAsync(CancellationToken.None);
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM cases WHERE code = 'BBB1' AND organisation_id = @org", new { org = b.OrganisationId }));

        foreach (var statement in new[]
                 {
                     "SELECT count(*) FROM screening_records", "SELECT count(*) FROM agency_reports",
                     "INSERT INTO case_referrals (case_id, from_organisation_id, to_organisation_id, staff_user_id, referred_at) VALUES (1, 1, 2, 1, now())",
                     "SELECT password_hash FROM staff_users",
                 })
        {
            await using var again = await tenants.BeginAsync(a.OrganisationId, CancellationToken.None);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => again.Connection.ExecuteAsync(statement, transaction: again.Transaction));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
    }

    [Theory]
    [InlineData(RuntimeRoles.Tenant, "UPDATE audit_log SET action = 'rewritten'")]
    [InlineData(RuntimeRoles.Tenant, "DELETE FROM audit_log")]
    [InlineData(RuntimeRoles.Worker, "UPDATE audit_log SET action = 'rewritten'")]
    [InlineData(RuntimeRoles.Worker, "DELETE FROM audit_log")]
    public async Task Audit_log_cannot_be_rewritten_by_either_runtime_role(string role, string statement)
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var a = await api.OrganisationAsync("Organisation A"); // writes audit rows
        await using var connection = await OpenAsAsync(api.Server, role);
        await using var tx = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("SELECT set_config('hotline.organisation_id', @org, true)", new { org = a.OrganisationId.ToString() }, tx);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(statement, transaction: tx));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        await tx.RollbackAsync();
        Assert.Equal(2, await api.Server.CountAsync("SELECT count(*) FROM audit_log WHERE action <> 'rewritten'"));
    }

    [Theory]
    [InlineData("HotlineTenant")]
    [InlineData("HotlineWorker")]
    public async Task Service_refuses_to_start_when_a_runtime_connection_is_a_superuser(string setting)
    {
        var owner = await postgres.Cluster.CreateDatabaseAsync();
        await using (var ownerSource = NpgsqlDataSource.Create(owner))
        {
            await new Migrator(ownerSource).MigrateAsync(); // the roles exist and may log in: only the superuser is wrong
            await RuntimeRoles.EnableLoginAsync(ownerSource, CancellationToken.None);
        }
        var other = setting == "HotlineTenant" ? "HotlineWorker" : "HotlineTenant";
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => HotlineTestServer.StartAsync(postgres,
            engine: new ScriptedEngine(), settings: s =>
            {
                s["ConnectionStrings:Hotline"] = owner;
                s["ConnectionStrings:" + setting] = owner; // the superuser that owns everything
                s["ConnectionStrings:" + other] = new NpgsqlConnectionStringBuilder(owner) { Username = other == "HotlineTenant" ? RuntimeRoles.Tenant : RuntimeRoles.Worker }.ConnectionString;
            }));
        Assert.Contains($"ConnectionStrings:{setting}", refused.Message);
        Assert.Contains("superuser", refused.Message);
    }

    [Fact]
    public async Task Migrations_run_as_an_owner_that_is_not_a_superuser_and_its_cli_work_still_passes_the_policies()
    {
        var admin = await postgres.Cluster.CreateDatabaseAsync();
        var name = "owner_" + Guid.NewGuid().ToString("N")[..8];
        await using (var db = new NpgsqlConnection(admin))
        {
            await db.OpenAsync();
            await db.ExecuteAsync($"CREATE ROLE {name} LOGIN CREATEROLE");
            await db.ExecuteAsync($"CREATE DATABASE {name} OWNER {name}");
        }
        var ownerConnection = new NpgsqlConnectionStringBuilder(admin) { Username = name, Database = name, Pooling = false }.ConnectionString;
        await using var owner = NpgsqlDataSource.Create(ownerConnection);

        Assert.Contains("0008_row_level_security", await new Migrator(owner).MigrateAsync());
        await RuntimeRoles.EnableLoginAsync(owner, CancellationToken.None);
        var key = await new ApiKeyStore(owner).CreateAsync("Sample Organisation", "first key", DateTimeOffset.UtcNow, CancellationToken.None);

        await using var tenantSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(ownerConnection) { Username = RuntimeRoles.Tenant }.ConnectionString);
        Assert.Null(await RuntimeRoles.ProblemAsync(tenantSource, RuntimeRoles.Tenant, CancellationToken.None));
        Assert.StartsWith($"'{name}' owns", await RuntimeRoles.ProblemAsync(owner, RuntimeRoles.Tenant, CancellationToken.None));
        await using var tenant = await new TenantDatabase(tenantSource).BeginAsync(key.OrganisationId, CancellationToken.None);
        Assert.Equal(new[] { "Sample Organisation" }, await tenant.Connection.QueryAsync<string>("SELECT name FROM organisations", transaction: tenant.Transaction));
    }

    private static async Task<NpgsqlConnection> OpenAsAsync(HotlineTestServer server, string role)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Username = role, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
