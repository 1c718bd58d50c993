using System.Net;
using System.Security.Cryptography;
using Dapper;
using Hotline.Domain.Conversations;
using Hotline.Server;
using Hotline.Server.Startup;
using Hotline.Testing.FakeProvider;
using Hotline.Testing.Postgres;
using Hotline.Twilio;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hotline.Testing.Server;

/// <summary>
/// The real server on real Kestrel (127.0.0.1, a free port) against a fresh database and a fake provider on Kestrel.
/// Webhooks are signed for <see cref="PublicBaseUrl"/>, as the provider would sign them behind a proxy.
/// </summary>
public sealed class HotlineTestServer : IAsyncDisposable
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "f3b1c2d4e5a6978812345678abcdef90";
    public const string PublicBaseUrl = "https://hotline.example.org";
    public const string OurNumber = "+85523900100";

    private readonly WebApplication _app;

    private HotlineTestServer(WebApplication app, FakeProvider.FakeProvider? provider, string connectionString, CapturingLoggerProvider logs)
    {
        _app = app;
        Provider = provider;
        ConnectionString = connectionString;
        Logs = logs;
        Http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
    }

    public HttpClient Http { get; }
    public FakeProvider.FakeProvider? Provider { get; }
    public string ConnectionString { get; }
    public CapturingLoggerProvider Logs { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>The service's pool connected as the owner of the tables (what migrations and the operator's CLI
    /// commands use), for creating keys and accounts the way the CLI does.</summary>
    public NpgsqlDataSource OwnerDataSource => _app.Services.GetRequiredKeyedService<NpgsqlDataSource>(DatabaseConnections.OwnerKey);

    /// <param name="withProvider">Start a fake provider and configure its credentials. Without them only Development
    /// starts (the simulator is then the only channel); any other environment refuses to.</param>
    /// <param name="environment">The host environment: "Testing" behaves as production does (every rule that holds
    /// outside Development holds here).</param>
    public static async Task<HotlineTestServer> StartAsync(PostgresFixture postgres, bool withProvider = true,
        IConversationEngine? engine = null, Action<Dictionary<string, string?>>? settings = null, TimeProvider? time = null,
        Action<IServiceCollection>? services = null, string environment = "Testing")
    {
        var connectionString = await postgres.Cluster.CreateDatabaseAsync();
        var provider = withProvider ? await FakeProvider.FakeProvider.StartAsync(AccountSid, AuthToken) : null;
        var config = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Hotline"] = connectionString,
            ["Hotline:EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Hotline:PublicBaseUrl"] = PublicBaseUrl,
            ["Hotline:Outbox:MessagesPerSecond"] = "1000",
            ["Hotline:Outbox:BaseBackoffSeconds"] = "0.05",
            ["Hotline:Outbox:MaxBackoffSeconds"] = "0.5",
            ["Hotline:Outbox:PollMilliseconds"] = "50",
            ["Hotline:Outbox:LeaseSeconds"] = "5",
        };
        if (provider is not null)
        {
            config["Twilio:AccountSid"] = AccountSid;
            config["Twilio:AuthToken"] = AuthToken;
            config["Twilio:ApiBaseUrl"] = provider.BaseUrl.ToString().TrimEnd('/');
            config["Twilio:From"] = OurNumber;
        }
        settings?.Invoke(config);

        var logs = new CapturingLoggerProvider();
        // Through the command line, as `--environment` would be given: set on the builder afterwards, the name would not
        // reach the IHostEnvironment the validators see.
        var app = HotlineApp.Build(["--environment", environment], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(config);
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
            builder.Logging.AddProvider(logs);
            if (engine is not null) builder.Services.AddSingleton(engine);
            if (time is not null) builder.Services.AddSingleton(time);
            services?.Invoke(builder.Services); // before the app's own registrations: replaces what it adds with TryAdd
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync(); // a refused start-up: release its pools
            if (provider is not null) await provider.DisposeAsync();
            throw;
        }
        return new HotlineTestServer(app, provider, connectionString, logs);
    }

    /// <summary>Posts a form to a webhook path, signed with the account's token (or not, or wrongly).</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(string path, IReadOnlyList<KeyValuePair<string, string>> form, string? signature = null, bool sign = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (sign) request.Headers.Add("X-Twilio-Signature", signature ?? RequestValidator.ComputeSignature(PublicBaseUrl + path, form, AuthToken));
        return await Http.SendAsync(request);
    }

    /// <summary>An inbound SMS as the provider posts it.</summary>
    public Task<HttpResponseMessage> SendSmsAsync(string from, string body, string? messageSid = null) =>
        PostSignedAsync("/twilio/sms", InboundForm(from, body, messageSid ?? NewSid()));

    public static IReadOnlyList<KeyValuePair<string, string>> InboundForm(string from, string body, string sid) =>
    [
        new("ToCountry", "KH"), new("SmsMessageSid", sid), new("NumMedia", "0"), new("SmsSid", sid), new("SmsStatus", "received"),
        new("Body", body), new("To", OurNumber), new("NumSegments", "1"), new("MessageSid", sid), new("AccountSid", AccountSid),
        new("From", from), new("ApiVersion", "2010-04-01"), new("FromCountry", from.StartsWith("+66") ? "TH" : "KH"),
    ];

    public static string NewSid() => "SM" + Guid.NewGuid().ToString("N");

    public async Task<NpgsqlConnection> OpenDbAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<long> CountAsync(string sql, object? args = null)
    {
        await using var db = await OpenDbAsync();
        return await db.ExecuteScalarAsync<long>(sql, args);
    }

    /// <summary>Waits until a condition holds (the dispatcher works in the background), or fails with the message.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string because, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(50);
        }
        Assert.Fail($"Timed out waiting: {because}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString)); // the test's own connections to this database
        if (Provider is not null) await Provider.DisposeAsync();
    }
}
