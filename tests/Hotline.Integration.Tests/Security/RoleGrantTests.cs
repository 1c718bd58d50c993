using Dapper;
using Hotline.Integration.Tests.Api;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Tenancy;
using Npgsql;

namespace Hotline.Integration.Tests.Security;

/// <summary>Neither runtime role can undo the separation itself: the tenant cannot point its case at another person,
/// and the worker cannot rewrite who an account is, mint a session or revive a revoked one (migration 0014).</summary>
[Collection(PostgresCollection.Name)]
public sealed class RoleGrantTests(PostgresFixture postgres)
{
    [Theory]
    [InlineData(RuntimeRoles.Tenant, "UPDATE cases SET contact_id = @other")]
    [InlineData(RuntimeRoles.Tenant, "UPDATE cases SET code = 'ZZZZ9'")]
    [InlineData(RuntimeRoles.Tenant, "UPDATE enrolments SET contact_id = @other")]
    [InlineData(RuntimeRoles.Tenant, "UPDATE pages SET responder_id = NULL")]
    [InlineData(RuntimeRoles.Tenant, "UPDATE staff_users SET password_hash = '\\x00'")]
    [InlineData(RuntimeRoles.Tenant, "UPDATE staff_users SET role = 'admin'")]
    [InlineData(RuntimeRoles.Worker, "UPDATE staff_users SET role = 'admin'")]
    [InlineData(RuntimeRoles.Worker, "UPDATE staff_users SET organisation_id = @org")]
    [InlineData(RuntimeRoles.Worker, "UPDATE staff_users SET email = 'attacker@example.org'")]
    [InlineData(RuntimeRoles.Worker, "UPDATE staff_users SET password_hash = '\\x00'")]
    [InlineData(RuntimeRoles.Worker, "UPDATE staff_users SET totp_secret_enc = '\\x00'")]
    [InlineData(RuntimeRoles.Worker, "UPDATE staff_users SET disabled_at = NULL")]
    [InlineData(RuntimeRoles.Worker, "UPDATE staff_users SET totp_last_step = 0")]
    [InlineData(RuntimeRoles.Worker, "INSERT INTO staff_sessions (id, staff_user_id, second_factor_at, created_at, last_seen_at) SELECT '\\x01', id, now(), now(), now() FROM staff_users")]
    [InlineData(RuntimeRoles.Worker, "UPDATE staff_sessions SET second_factor_at = now()")]
    [InlineData(RuntimeRoles.Worker, "UPDATE staff_sessions SET staff_user_id = staff_user_id")]
    [InlineData(RuntimeRoles.Worker, "UPDATE staff_sessions SET revoked_at = NULL")]
    [InlineData(RuntimeRoles.Tenant, "SELECT staff_change_password('not a session', '\\x00', '1 hour', '1 day', now())")]
    [InlineData(RuntimeRoles.Tenant, "SELECT staff_session_begin('\\x03', 1, now())")]
    public async Task A_runtime_role_cannot_rewrite_what_keeps_organisations_and_accounts_apart(string role, string statement)
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var a = await api.OrganisationAsync("Organisation A");
        var b = await api.OrganisationAsync("Organisation B");
        await api.SeedCaseAsync(a.OrganisationId, "AAA1", "+85512000111");
        await api.SeedCaseAsync(b.OrganisationId, "BBB1", "+85512000222");
        var account = await StaffAccount.CreateAsync(api.Server, "Organisation A", "dara@example.org");
        await using (var owner = await api.Server.OpenDbAsync())
        {
            await owner.ExecuteAsync("""
                INSERT INTO enrolments (organisation_id, contact_id, language, plan, reintegrated_on, safe_days, safe_from, safe_to, time_zone,
                                        consent_by, consent_at, consent_how, status, created_at)
                SELECT organisation_id, contact_id, 'km', 'standard', '2026-01-01', '{1}', '09:00', '17:00', 'Asia/Phnom_Penh', 'sample', now(), 'sample', 'active', now()
                FROM cases WHERE code = 'AAA1'
                """);
            await owner.ExecuteAsync("INSERT INTO staff_sessions (id, staff_user_id, created_at, last_seen_at, revoked_at) VALUES ('\\x02', @id, now(), now(), now())",
                new { id = account.Id });
        }
        var other = await api.Server.CountAsync("SELECT contact_id FROM cases WHERE code = 'BBB1'");
        var before = await Snapshot(api.Server);

        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(api.Server.ConnectionString) { Username = role, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("SELECT set_config('hotline.organisation_id', @org, true)", new { org = a.OrganisationId.ToString() }, tx);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(statement, new { other, org = b.OrganisationId }, tx));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        await tx.RollbackAsync();
        Assert.Equal(before, await Snapshot(api.Server));
    }

    [Fact]
    public async Task The_session_functions_make_a_full_session_only_from_a_live_half_session_with_a_new_code_step()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var account = await StaffAccount.CreateAsync(api.Server, "Organisation A", "dara@example.org");
        await using var worker = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(api.Server.ConnectionString) { Username = RuntimeRoles.Worker, Pooling = false }.ConnectionString);
        await worker.OpenAsync();

        Assert.True(await worker.ExecuteScalarAsync<bool>("SELECT staff_session_begin('\\x10', @id, now())", new { id = account.Id }));
        Assert.Equal(0, await api.Server.CountAsync("SELECT count(*) FROM staff_sessions WHERE second_factor_at IS NOT NULL"));
        Assert.Null(await worker.ExecuteScalarAsync<long?>("SELECT staff_session_complete('\\x99', '\\x11', 5, '5 minutes', now())")); // no such half session
        Assert.Equal(account.Id, await worker.ExecuteScalarAsync<long?>("SELECT staff_session_complete('\\x10', '\\x11', 5, '5 minutes', now())"));
        Assert.Null(await worker.ExecuteScalarAsync<long?>("SELECT staff_session_complete('\\x10', '\\x12', 6, '5 minutes', now())")); // used up
        Assert.True(await worker.ExecuteScalarAsync<bool>("SELECT staff_session_begin('\\x13', @id, now())", new { id = account.Id }));
        Assert.Null(await worker.ExecuteScalarAsync<long?>("SELECT staff_session_complete('\\x13', '\\x14', 5, '5 minutes', now())"));  // the same step again
        await using (var owner = await api.Server.OpenDbAsync())
            await owner.ExecuteAsync("UPDATE staff_users SET disabled_at = now()");
        Assert.Null(await worker.ExecuteScalarAsync<bool?>("SELECT staff_session_begin('\\x15', @id, now())", new { id = account.Id }));
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM staff_sessions WHERE second_factor_at IS NOT NULL"));
    }

    private static async Task<string> Snapshot(HotlineTestServer server)
    {
        await using var db = await server.OpenDbAsync();
        var cases = string.Join(",", await db.QueryAsync<string>("SELECT code || ':' || contact_id FROM cases ORDER BY id"));
        var users = string.Join(",", await db.QueryAsync<string>(
            "SELECT email || role || organisation_id || encode(password_hash, 'hex') || coalesce(disabled_at::text, '') || totp_last_step FROM staff_users ORDER BY id"));
        var sessions = string.Join(",", await db.QueryAsync<string>("SELECT encode(id, 'hex') || coalesce(revoked_at::text, '') || coalesce(second_factor_at::text, '') FROM staff_sessions ORDER BY id"));
        return cases + "|" + users + "|" + sessions;
    }
}
