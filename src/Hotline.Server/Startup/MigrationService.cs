using Hotline.Server.Options;
using Hotline.Storage.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hotline.Server.Startup;

/// <summary>Applies pending schema migrations before anything else starts (registered first, so the dispatcher and
/// the webhooks never see an old schema). Several nodes starting at once apply each migration once.</summary>
public sealed class MigrationService(NpgsqlDataSource dataSource, IOptions<HotlineOptions> options, ILogger<MigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStart)
        {
            logger.LogInformation("Hotline:MigrateOnStart is false; schema migrations are left to the operator");
            return;
        }
        var applied = await new Migrator(dataSource).MigrateAsync(cancellationToken);
        foreach (var name in applied) logger.LogInformation("Applied migration {Migration}", name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
