using Npgsql;

namespace Hotline.Storage.Tenancy;

/// <summary>
/// The way console and admin API code reaches tenant data: a connection as <c>hotline_tenant</c> whose transaction is
/// bound to one organisation. PostgreSQL's row-level security then shows and accepts that organisation's rows only,
/// whatever a query forgets to filter (keep the <c>WHERE organisation_id = …</c> checks anyway: defence in depth).
/// <code>
/// await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
/// var rows = await tenant.Connection.QueryAsync&lt;…&gt;("SELECT … FROM cases WHERE organisation_id = @org", new { org }, tenant.Transaction);
/// await tenant.CommitAsync(ct); // writes only; a read needs no commit (disposing rolls back)
/// </code>
/// Work that must cross organisations (the webhook pipeline, outbox, escalation and check-in ticks, sign-in before
/// the organisation is known) uses the worker data source instead: the container's <see cref="NpgsqlDataSource"/>.
/// </summary>
public sealed class TenantDatabase(NpgsqlDataSource tenantDataSource)
{
    /// <summary>The transaction-local setting the tenant policies read (see migration 0008).</summary>
    public const string OrganisationSetting = "hotline.organisation_id";

    /// <summary>Opens a connection, begins a transaction and binds it to <paramref name="organisationId"/>. The setting
    /// is transaction-local, so a pooled connection never carries an organisation into the next transaction. Costs one
    /// round trip (the BEGIN travels with it); the console and API are not on the benchmarked webhook path.</summary>
    public async Task<TenantTransaction> BeginAsync(long organisationId, CancellationToken ct)
    {
        var connection = await tenantDataSource.OpenConnectionAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(ct);
            await using (var command = new NpgsqlCommand("SELECT set_config('" + OrganisationSetting + "', $1, true)", connection, transaction))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                await command.ExecuteNonQueryAsync(ct);
            }
            return new TenantTransaction(connection, transaction, organisationId);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

/// <summary>An open connection and transaction bound to one organisation. Disposing without <see cref="CommitAsync"/>
/// rolls back.</summary>
public sealed class TenantTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, long organisationId) : IAsyncDisposable
{
    public NpgsqlConnection Connection { get; } = connection;
    public NpgsqlTransaction Transaction { get; } = transaction;
    public long OrganisationId { get; } = organisationId;

    public Task CommitAsync(CancellationToken ct) => Transaction.CommitAsync(ct);

    /// <summary><c>var (connection, transaction) = tenant;</c> for code written against a connection and a transaction.</summary>
    public void Deconstruct(out NpgsqlConnection connection, out NpgsqlTransaction transaction) => (connection, transaction) = (Connection, Transaction);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
