using System.Diagnostics;
using System.Text;
using Hotline.Integration.Tests.Support;
using Hotline.Testing.Postgres;
using Npgsql;

namespace Hotline.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PrivacyTests(PostgresFixture postgres)
{
    private const string CanaryNumber = "+85597123456";
    private const string CanaryText = "canary-passport-kept-by-boss-7731";
    private const string CanaryKhmer = "ខ្ញុំនៅភូមិកំពង់ឆ្នាំង";

    [Fact]
    public async Task A_database_dump_contains_neither_the_phone_number_nor_the_message_text()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        await server.SendSmsAsync(CanaryNumber, CanaryText);
        await server.SendSmsAsync(CanaryNumber, CanaryKhmer);
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Count == 2, "both replies are sent");

        var dump = await PgDumpAsync(server.ConnectionString);
        Assert.Contains("CREATE TABLE public.messages", dump); // the dump is real
        Assert.DoesNotContain("97123456", dump);
        Assert.DoesNotContain(CanaryText, dump);
        Assert.DoesNotContain(CanaryKhmer, dump);
    }

    [Fact]
    public async Task Log_lines_never_carry_the_phone_number_or_the_message_text()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        server.Provider!.Enqueue(Hotline.Testing.FakeProvider.FakeResponse.Error(429, 20429), Hotline.Testing.FakeProvider.FakeResponse.Error(400, 21211));
        await server.SendSmsAsync(CanaryNumber, CanaryText);
        await server.SendSmsAsync(CanaryNumber, "BOOM");               // a failing step logs an error
        await server.SendSmsAsync(CanaryNumber, CanaryKhmer);
        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM messages WHERE direction = 'out' AND status IN ('pending', 'dispatching')") == 0, "the outbox settles");

        Assert.NotEmpty(server.Logs.Lines);
        Assert.DoesNotContain(server.Logs.Lines, l => l.Contains("97123456") || l.Contains(CanaryText) || l.Contains(CanaryKhmer) || l.Contains("echo"));
    }

    private static async Task<string> PgDumpAsync(string connectionString)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var psi = new ProcessStartInfo(Path.Combine(PostgresCluster.FindBinDir()!, "pg_dump"))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var a in new[] { "-h", cs.Host!, "-p", cs.Port.ToString(), "-U", cs.Username!, "--inserts", cs.Database! }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, await p.StandardError.ReadToEndAsync());
        return output;
    }
}
