using Dapper;
using Hotline.Content;
using Hotline.Server.CheckIns;
using Hotline.Storage.CheckIns;
using Hotline.Storage.Migrations;
using Npgsql;

namespace Hotline.Server.Cli;

/// <summary>`enrolments import --organisation NAME FILE.csv`: enrols a file of clients for check-ins (columns in
/// docs/checkins.md), all or nothing, with every problem and its line; running it again on the same file enrols nobody
/// twice. Needs the service's ConnectionStrings:Hotline and Hotline:EncryptionKey (numbers are stored encrypted).</summary>
public static class EnrolmentsCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var organisation = CommandLine.Option(args, "--organisation", "");
        var file = args.Length > 0 ? args[^1] : "";
        if (args.Length != 4 || args[0] != "import" || organisation.Length == 0)
        {
            Console.Error.WriteLine("Usage: enrolments import --organisation NAME FILE.csv");
            return 2;
        }
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"No such file: {file}");
            return 2;
        }
        if (CliSettings.ConnectionString() is not { } connectionString || CliSettings.Protector() is not { } protector) return 2;
        var issues = new List<Hotline.Domain.Dialogs.ContentIssue>();
        var content = CheckInContent.Read(CliSettings.ContentPath(), issues);
        if (content is null || issues.Count > 0)
        {
            Console.Error.WriteLine($"The check-in content has problems; run `content check` first.");
            return 2;
        }
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new Migrator(dataSource).MigrateAsync();
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            var organisationId = await connection.ExecuteScalarAsync<long?>("SELECT id FROM organisations WHERE name = @organisation", new { organisation });
            if (organisationId is null)
            {
                Console.Error.WriteLine($"No organisation named '{organisation}'.");
                return 2;
            }
            // The CLI is the operator: it connects as the owner, and binds its transactions to the organisation like the API.
            var import = new EnrolmentImport(new CheckInStore(dataSource, new Hotline.Storage.Tenancy.TenantDatabase(dataSource), protector), content);
            var report = await import.ImportAsync(await File.ReadAllTextAsync(file), organisationId.Value, Hotline.Storage.Admin.AuditLog.CliActor,
                TimeProvider.System.GetUtcNow(), CancellationToken.None);
            if (!report.Imported)
            {
                Console.Error.WriteLine($"Nothing imported: {report.Problems.Count} problem(s).");
                foreach (var p in report.Problems) Console.Error.WriteLine($"  line {p.Line}: {p.Message}");
                return 1;
            }
            Console.WriteLine($"Enrolled {report.Enrolled}; {report.AlreadyEnrolled} already enrolled.");
        }
        return 0;
    }
}
