using Hotline.Storage.Migrations;
using Npgsql;

namespace Hotline.Server.Cli;

/// <summary>Applies pending migrations to ConnectionStrings:Hotline (environment: ConnectionStrings__Hotline) and exits.</summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (CliSettings.ConnectionString() is not { } connectionString) return 2;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var applied = await new Migrator(dataSource).MigrateAsync();
        Console.WriteLine(applied.Count == 0 ? "Schema is up to date." : "Applied: " + string.Join(", ", applied));
        return 0;
    }
}
