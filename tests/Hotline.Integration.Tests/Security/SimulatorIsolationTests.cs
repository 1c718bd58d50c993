using Dapper;
using System.Net;
using System.Net.Http.Json;
using Hotline.Domain.Conversations;
using Hotline.Integration.Tests.Support;
using Hotline.Server.Outbox;
using Hotline.Server.Pipeline;
using Hotline.Server.Simulator;
using Hotline.Storage.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.FileProviders;

namespace Hotline.Integration.Tests.Security;

/// <summary>The simulator next to a real provider is a channel of its own: it never reads a real person's
/// conversation or a responder's pages, and a danger message typed into it pages nobody.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SimulatorIsolationTests(PostgresFixture postgres)
{
    private const string Person = "+85512345670";

    private sealed record Line(long Id, string Direction, string Body);

    private static Task<HotlineTestServer> StartWithSimulatorAsync(PostgresFixture postgres) =>
        HotlineTestServer.StartAsync(postgres, settings: s => s["Hotline:SimulatorEnabled"] = "true");

    private static async Task<List<Line>> TranscriptAsync(HotlineTestServer server, string number) =>
        (await (await server.Http.PostAsJsonAsync("/simulator/api/transcript", new { from = number, after = 0 })).Content.ReadFromJsonAsync<List<Line>>())!;

    [Fact]
    public async Task The_simulator_next_to_a_provider_does_not_show_a_real_persons_conversation()
    {
        await using var server = await StartWithSimulatorAsync(postgres);
        Assert.Equal(HttpStatusCode.OK, (await server.SendSmsAsync(Person, "hello")).StatusCode);
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Count == 1, "the real person gets the reply by SMS");

        Assert.Empty(await TranscriptAsync(server, Person));
    }

    [Fact]
    public async Task The_simulator_next_to_a_provider_does_not_show_a_responders_page_code()
    {
        await using var server = await StartWithSimulatorAsync(postgres);
        await CaseSeed.CreateAsync(server, DateTimeOffset.UtcNow);
        await server.SendSmsAsync(Person, "ជួយខ្ញុំផង");
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Any(m => m.To == CaseSeed.PrimaryPhone), "the real primary is paged by SMS");

        Assert.Empty(await TranscriptAsync(server, CaseSeed.PrimaryPhone));
    }

    [Fact]
    public async Task A_danger_message_typed_into_the_simulator_next_to_a_provider_pages_nobody_and_shows_as_a_test_case()
    {
        await using var server = await StartWithSimulatorAsync(postgres);
        await CaseSeed.CreateAsync(server, DateTimeOffset.UtcNow);

        await server.Http.PostAsJsonAsync("/simulator/api/send", new { from = Person, body = "ជួយខ្ញុំផង" });
        await HotlineTestServer.EventuallyAsync(async () =>
            await server.CountAsync("SELECT count(*) FROM cases WHERE kind = 'urgent' AND organisation_id IS NOT NULL AND next_escalation_at IS NULL") == 1,
            "the simulator's urgent case is routed and its escalation ended", timeoutMs: 20_000);
        await Task.Delay(TimeSpan.FromSeconds(3)); // a few escalation ticks

        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM pages"));
        Assert.DoesNotContain(server.Provider!.Messages, m => m.To is CaseSeed.PrimaryPhone or CaseSeed.BackupPhone or CaseSeed.CoordinatorPhone);
        Assert.Contains(await TranscriptAsync(server, Person), l => l.Direction == "out"); // the simulated person still got the safety reply
        Assert.Equal(1, await server.CountAsync(
            "SELECT count(*) FROM cases k JOIN contacts c ON c.id = k.contact_id WHERE c.channel = 'simulator'")); // what the queue marks as a test
    }

    [Fact]
    public async Task A_danger_message_typed_into_the_simulator_when_nobody_is_on_call_pages_no_fallback_duty_manager()
    {
        await using var server = await StartWithSimulatorAsync(postgres);
        await CaseSeed.CreateAsync(server, DateTimeOffset.UtcNow);
        await using (var db = await server.OpenDbAsync())
        {
            await db.ExecuteAsync("DELETE FROM shifts"); // nobody on call: the case waits for intake
            await db.ExecuteAsync("UPDATE responders SET fallback = true"); // every real responder is a duty manager
        }

        await server.Http.PostAsJsonAsync("/simulator/api/send", new { from = Person, body = "ជួយខ្ញុំផង" });
        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM cases WHERE kind = 'urgent'") == 1,
            "the simulator's urgent case is opened", timeoutMs: 20_000);
        await Task.Delay(TimeSpan.FromSeconds(3)); // a few escalation ticks

        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM pages"));
        Assert.DoesNotContain(server.Provider!.Messages, m => m.To is CaseSeed.PrimaryPhone or CaseSeed.BackupPhone or CaseSeed.CoordinatorPhone);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Outside_development_the_simulator_is_never_the_sms_channel_even_without_a_provider(string environment)
    {
        // Start-up refuses this configuration already; the simulator's own rule is the second lock.
        var simulator = new SimulatorService(null!, null!, new ChannelRouter(new SimulatorSmsSender(), null), new Environment(environment), TimeProvider.System);
        Assert.Equal(Channel.Simulator, simulator.Channel);
    }

    [Fact]
    public void In_development_without_a_provider_the_simulator_stands_in_for_sms()
    {
        var simulator = new SimulatorService(null!, null!, new ChannelRouter(new SimulatorSmsSender(), null), new Environment("Development"), TimeProvider.System);
        Assert.Equal(Channel.Sms, simulator.Channel);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Hotline.Server";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
