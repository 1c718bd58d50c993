using Hotline.Server.Options;
using Hotline.Storage.Migrations;
using Hotline.Storage.Tenancy;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hotline.Server.Startup;

/// <summary>Applies pending schema migrations before anything else starts (registered first, so the dispatcher and
/// the webhooks never see an old schema). Several nodes starting at once apply each migration once. Runs as the
/// owner of the tables; on the development path (runtime connection strings derived from the owner's) it also gives
/// the runtime roles LOGIN.</summary>
public sealed class MigrationService(
    [FromKeyedServices(DatabaseConnections.OwnerKey)] NpgsqlDataSource owner, DatabaseConnections connections,
    IOptions<HotlineOptions> options, ILogger<MigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStart)
        {
            logger.LogInformation("Hotline:MigrateOnStart is false; schema migrations are left to the operator");
            return;
        }
        var applied = await new Migrator(owner).MigrateAsync(cancellationToken);
        foreach (var name in applied) logger.LogInformation("Applied migration {Migration}", name);
        if (connections.Derived)
        {
            await RuntimeRoles.EnableLoginAsync(owner, cancellationToken);
            logger.LogWarning("ConnectionStrings:HotlineTenant and HotlineWorker are not set: connecting as {Tenant} and {Worker} without a password (development only)",
                RuntimeRoles.Tenant, RuntimeRoles.Worker);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
