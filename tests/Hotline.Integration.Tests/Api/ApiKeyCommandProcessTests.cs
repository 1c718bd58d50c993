using System.Security.Cryptography;
using System.Text;
using Dapper;
using Hotline.Integration.Tests.Support;
using Npgsql;

namespace Hotline.Integration.Tests.Api;

/// <summary>The command as an operator runs it: the built server binary, the connection string from the environment,
/// an empty database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ApiKeyCommandProcessTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_server_binary_creates_the_first_key_on_an_empty_database_and_prints_it_once()
    {
        var connectionString = await postgres.Cluster.CreateDatabaseAsync();
        var (exit, output) = await RunAsync(connectionString, "apikey", "create", "--organisation", "Women's Resource Centre", "--name", "first admin");
        Assert.Equal(0, exit);
        var key = output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("hk_", StringComparison.Ordinal));

        await using var db = new NpgsqlConnection(connectionString);
        var stored = await db.QuerySingleAsync<(string Organisation, string Name, byte[] Hash)>(
            "SELECT o.name, k.name, k.key_hash FROM api_keys k JOIN organisations o ON o.id = k.organisation_id");
        Assert.Equal("Women's Resource Centre", stored.Organisation);
        Assert.Equal("first admin", stored.Name);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key)), stored.Hash);

        var (listExit, listing) = await RunAsync(connectionString, "apikey", "list");
        Assert.Equal(0, listExit);
        Assert.Contains("first admin", listing);
        Assert.DoesNotContain(key, listing);
    }

    [Fact]
    public async Task The_apikey_command_without_a_verb_explains_its_usage_and_fails()
    {
        var connectionString = await postgres.Cluster.CreateDatabaseAsync();
        var (exit, _) = await RunAsync(connectionString, "apikey");
        Assert.Equal(2, exit);
        var (revokeExit, _) = await RunAsync(connectionString, "apikey", "revoke", "--id", "999");
        Assert.Equal(1, revokeExit);
    }

    private static Task<(int Exit, string Output)> RunAsync(string connectionString, params string[] args) =>
        ServerProcess.RunCommandAsync(new Dictionary<string, string> { ["ConnectionStrings__Hotline"] = connectionString }, args);
}
