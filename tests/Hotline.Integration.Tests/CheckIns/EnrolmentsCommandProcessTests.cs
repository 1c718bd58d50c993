using System.Security.Cryptography;
using Hotline.Integration.Tests.Support;
using Npgsql;

namespace Hotline.Integration.Tests.CheckIns;

/// <summary>`enrolments import` as an operator runs it: the built server binary, settings from the environment.</summary>
[Collection(PostgresCollection.Name)]
public sealed class EnrolmentsCommandProcessTests(PostgresFixture postgres)
{
    private const string Header = "phone,language,plan,reintegrated_on,safe_days,safe_from,safe_to,time_zone,consent_by,consent_at,consent_how\n";

    [Fact]
    public async Task The_command_imports_a_file_once_and_refuses_a_file_with_a_problem_naming_its_line_but_not_the_number()
    {
        var connectionString = await postgres.Cluster.CreateDatabaseAsync();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Assert.Equal(0, (await RunAsync(connectionString, key, "apikey", "create", "--organisation", "Sample Organisation A")).Exit);
        var good = Path.GetTempFileName();
        var bad = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(good, Header
                + "+85512600001,km,standard,2026-11-01,mon|thu,17:00,20:00,Asia/Phnom_Penh,case worker,2026-10-30T10:00:00+07:00,in person\n"
                + "+66812600002,en,short,2026-11-01,,08:00,10:00,Asia/Bangkok,case worker,2026-10-30T10:00:00+07:00,signed form\n");
            await File.WriteAllTextAsync(bad, Header
                + "+85512600003,km,standard,2026-11-01,,17:00,20:00,Asia/Phnom_Penh,case worker,2026-10-30T10:00:00+07:00,in person\n"
                + "+85512600004,km,standard,2026-11-01,,17:00,20:00,Asia/Phnom_Penh,,,\n");

            var first = await RunAsync(connectionString, key, "enrolments", "import", "--organisation", "Sample Organisation A", good);
            Assert.Equal(0, first.Exit);
            Assert.Contains("Enrolled 2; 0 already enrolled.", first.Output);
            var again = await RunAsync(connectionString, key, "enrolments", "import", "--organisation", "Sample Organisation A", good);
            Assert.Contains("Enrolled 0; 2 already enrolled.", again.Output);

            var refused = await RunAsync(connectionString, key, "enrolments", "import", "--organisation", "Sample Organisation A", bad);
            Assert.Equal(1, refused.Exit);
            Assert.Contains("line 3: consent:", refused.Output);
            Assert.DoesNotContain("600004", refused.Output);

            await using var db = new NpgsqlConnection(connectionString);
            await db.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM enrolments", db);
            Assert.Equal(2L, await count.ExecuteScalarAsync());
        }
        finally
        {
            File.Delete(good);
            File.Delete(bad);
        }
    }

    private static Task<(int Exit, string Output)> RunAsync(string connectionString, string encryptionKey, params string[] args) =>
        ServerProcess.RunCommandAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Hotline"] = connectionString,
            ["Hotline__EncryptionKey"] = encryptionKey,
        }, args);
}
