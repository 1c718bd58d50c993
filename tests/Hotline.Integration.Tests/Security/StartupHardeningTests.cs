using System.Security.Cryptography;
using Hotline.Integration.Tests.Support;
using Microsoft.Extensions.Options;

namespace Hotline.Integration.Tests.Security;

/// <summary>Production start-up fails closed: a setting that would leave the service open, unreadable or crashing
/// later stops it at start, with a message naming the setting (docs/security.md, "Start-up refuses…").</summary>
[Collection(PostgresCollection.Name)]
public sealed class StartupHardeningTests(PostgresFixture postgres)
{
    private static async Task<Exception> RefusedAsync(Func<Task<HotlineTestServer>> start)
    {
        var error = await Record.ExceptionAsync(async () => await (await start()).DisposeAsync());
        Assert.NotNull(error);
        return error;
    }

    [Fact]
    public async Task Production_without_provider_credentials_refuses_to_start_naming_the_missing_settings()
    {
        var refused = await RefusedAsync(() => HotlineTestServer.StartAsync(postgres, withProvider: false, engine: new ScriptedEngine(), environment: "Production"));
        Assert.IsType<OptionsValidationException>(refused);
        Assert.Contains("Twilio:AccountSid", refused.Message);
        Assert.Contains("Twilio:AuthToken", refused.Message);
        Assert.Contains("Twilio:From", refused.Message);
    }

    [Fact]
    public async Task Development_without_provider_credentials_starts_with_the_simulator_as_the_only_channel()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, withProvider: false, engine: new ScriptedEngine(), environment: "Development");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await server.Http.GetAsync("/simulator/index.html")).StatusCode);
    }

    [Fact]
    public async Task Production_without_a_public_base_url_refuses_to_start()
    {
        var refused = await RefusedAsync(() => HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(), environment: "Production",
            settings: s => s["Hotline:PublicBaseUrl"] = ""));
        Assert.Contains("Hotline:PublicBaseUrl is required", refused.Message);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "distinct")]             // 32 zero bytes
    [InlineData("q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=", "distinct")]             // an 8-byte pattern, four times
    [InlineData("Y29ycmVjdCBob3JzZSBiYXR0ZXJ5IHN0YXBsZSAxMjM=", "printable")]            // "correct horse battery staple 123"
    public async Task A_weak_encryption_key_stops_start_up_with_the_reason(string key, string reason)
    {
        var refused = await RefusedAsync(() => HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(),
            settings: s => s["Hotline:EncryptionKey"] = key));
        Assert.Contains("Hotline:EncryptionKey", refused.Message);
        Assert.Contains(reason, refused.Message);
    }

    [Fact]
    public async Task An_encryption_key_that_does_not_match_the_database_stops_start_up_and_the_original_key_still_starts()
    {
        var original = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        string database;
        await using (var first = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(), settings: s => s["Hotline:EncryptionKey"] = original))
        {
            database = first.ConnectionString;
            Assert.Equal(1, await first.CountAsync("SELECT count(*) FROM encryption_key_check"));
        }

        var refused = await RefusedAsync(() => HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(), settings: s =>
        {
            s["ConnectionStrings:Hotline"] = database;
            s["Hotline:EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        }));
        Assert.Contains("Hotline:EncryptionKey is not the key this database was written with", refused.Message);

        await using var again = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(), settings: s =>
        {
            s["ConnectionStrings:Hotline"] = database;
            s["Hotline:EncryptionKey"] = original;
        });
        Assert.Equal(System.Net.HttpStatusCode.OK, (await again.Http.GetAsync("/health/ready")).StatusCode);
    }

    [Theory]
    [InlineData("Hotline:Outbox:MessagesPerSecond", "0", "MessagesPerSecond")]
    [InlineData("Hotline:Outbox:BatchSize", "0", "BatchSize")]
    [InlineData("Hotline:Scheduler:TickSeconds", "0", "TickSeconds")]
    [InlineData("Hotline:Scheduler:CheckInTickSeconds", "-5", "CheckInTickSeconds")]
    [InlineData("Twilio:ValidityPeriodSeconds", "0", "ValidityPeriodSeconds")]
    [InlineData("Twilio:ApiBaseUrl", "not a url", "Twilio:ApiBaseUrl")]
    public async Task A_nested_setting_out_of_range_stops_start_up_with_a_message_naming_it(string setting, string value, string named)
    {
        var refused = await RefusedAsync(() => HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(), settings: s => s[setting] = value));
        Assert.IsType<OptionsValidationException>(refused);
        Assert.Contains(named, refused.Message);
    }

    [Fact]
    public async Task The_built_server_started_as_production_without_provider_credentials_exits_naming_them()
    {
        var (exit, output) = await ServerProcess.RunCommandAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Hotline"] = await postgres.Cluster.CreateDatabaseAsync(),
            ["Hotline__EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Hotline__PublicBaseUrl"] = HotlineTestServer.PublicBaseUrl,
            ["Twilio__AccountSid"] = "",
            ["Twilio__AuthToken"] = "",
        }, "--urls", $"http://127.0.0.1:{ServerProcess.FreePort()}");
        Assert.NotEqual(0, exit);
        Assert.Contains("Twilio:AccountSid", output);
    }
}
