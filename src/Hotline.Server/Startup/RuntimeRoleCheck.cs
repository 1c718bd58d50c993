using Hotline.Storage.Tenancy;
using Npgsql;

namespace Hotline.Server.Startup;

/// <summary>Refuses to start when a runtime connection could bypass row-level security (a superuser, BYPASSRLS, a
/// table owner) or is not the role it is configured as. Runs after the migrations, which create the roles.</summary>
public sealed class RuntimeRoleCheck(
    NpgsqlDataSource worker, [FromKeyedServices(DatabaseConnections.TenantKey)] NpgsqlDataSource tenant, DatabaseConnections connections)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await CheckAsync(tenant, RuntimeRoles.Tenant, "HotlineTenant", cancellationToken);
        await CheckAsync(worker, RuntimeRoles.Worker, "HotlineWorker", cancellationToken);
    }

    private async Task CheckAsync(NpgsqlDataSource dataSource, string role, string setting, CancellationToken ct)
    {
        var source = connections.Derived ? $"ConnectionStrings:Hotline with the user {role} (ConnectionStrings:{setting} is not set)" : $"ConnectionStrings:{setting}";
        string? problem;
        try
        {
            problem = await RuntimeRoles.ProblemAsync(dataSource, role, ct);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            throw new InvalidOperationException(
                $"Refusing to start: {source} cannot sign in ({ex.SqlState}). Give {role} LOGIN and a password and set ConnectionStrings:{setting}; see docs/security.md.");
        }
        if (problem is not null)
            throw new InvalidOperationException(
                $"Refusing to start: {source} connects as {problem}; row-level security would not keep organisations apart. Connect as {role} (see docs/security.md).");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
