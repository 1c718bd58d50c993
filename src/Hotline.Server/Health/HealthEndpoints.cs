using Hotline.Storage.Migrations;
using Npgsql;

namespace Hotline.Server.Health;

/// <summary>/health/live: the process answers. /health/ready: the database answers and the schema is current.</summary>
public static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Text("live", "text/plain")).ExcludeFromDescription();
        app.MapGet("/health/ready", async (NpgsqlDataSource dataSource, CancellationToken ct) =>
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(3));
                var version = await new Migrator(dataSource).CurrentVersionAsync(timeout.Token);
                return version >= Migrator.LatestVersion
                    ? Results.Text("ready", "text/plain")
                    : Results.Text($"schema at {version}, expected {Migrator.LatestVersion}", "text/plain", statusCode: 503);
            }
            catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException)
            {
                return Results.Text("database unreachable", "text/plain", statusCode: 503);
            }
        }).ExcludeFromDescription();
    }
}
