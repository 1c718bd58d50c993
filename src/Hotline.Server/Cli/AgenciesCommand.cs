using Hotline.Storage.Agencies;
using Hotline.Storage.Migrations;
using Npgsql;

namespace Hotline.Server.Cli;

/// <summary>`agencies import FILE`: imports the licensed-agency register published by the ministry (CSV; the format
/// is in docs/safe-migration.md). A file with any error is refused whole, with every problem and its line. Running
/// services pick up the new register within a minute.</summary>
public static class AgenciesCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 2 || args[0] != "import")
        {
            Console.Error.WriteLine("Usage: agencies import FILE.csv");
            return 2;
        }
        if (!File.Exists(args[1]))
        {
            Console.Error.WriteLine($"No such file: {args[1]}");
            return 2;
        }
        if (CliSettings.ConnectionString() is not { } connectionString) return 2;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new Migrator(dataSource).MigrateAsync();
        var result = await new AgencyRegisterStore(dataSource).ImportAsync(await File.ReadAllTextAsync(args[1]), Hotline.Storage.Admin.AuditLog.CliActor, TimeProvider.System.GetUtcNow(), CancellationToken.None);
        if (!result.Imported)
        {
            Console.Error.WriteLine($"Not imported: {result.Errors.Count} problem(s).");
            foreach (var e in result.Errors) Console.Error.WriteLine(e.Line > 0 ? $"  line {e.Line}: {e.Message}" : $"  {e.Message}");
            return 1;
        }
        Console.WriteLine($"Imported register {result.RegisterId} with {result.Rows} agencies.");
        return 0;
    }
}
