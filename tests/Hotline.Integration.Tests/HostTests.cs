using System.Net;
using System.Net.Http.Json;
using Hotline.Domain.Conversations;
using Hotline.Integration.Tests.Support;
using Hotline.Server.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class HostTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Health_endpoints_report_live_and_ready_once_migrations_are_applied()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Ready_is_503_when_the_schema_is_not_at_the_latest_migration()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        await using var db = await server.OpenDbAsync();
        await using (var cmd = new Npgsql.NpgsqlCommand("DELETE FROM schema_migrations", db)) await cmd.ExecuteNonQueryAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await server.Http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Every_effect_the_engine_can_produce_has_a_handler_in_the_host()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var handled = server.Services.GetRequiredService<EffectHandlerRegistry>().HandledTypes;
        var effects = typeof(Effect).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Effect)) && !t.IsAbstract).ToList();
        Assert.NotEmpty(effects);
        Assert.All(effects, e => Assert.Contains(e, handled));
    }

    [Fact]
    public async Task The_simulator_holds_a_real_conversation_with_the_content_engine()
    {
        // No provider credentials: the simulator is the only channel, with the real content and dialog engine.
        await using var server = await HotlineTestServer.StartAsync(postgres, withProvider: false, environment: "Development");
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/simulator/index.html")).StatusCode);

        var sent = await server.Http.PostAsJsonAsync("/simulator/api/send", new { from = "+85512000001", body = "hello" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        List<Line>? lines = null;
        await HotlineTestServer.EventuallyAsync(async () =>
        {
            var response = await server.Http.PostAsJsonAsync("/simulator/api/transcript", new { from = "+85512000001", after = 0 });
            lines = await response.Content.ReadFromJsonAsync<List<Line>>();
            return lines!.Any(l => l.Direction == "out" && l.Status == "delivered");
        }, "the simulator shows a delivered reply");
        var reply = lines!.First(l => l.Direction == "out").Body;
        Assert.Contains("1", reply); // the menu offers numbered choices
        Assert.Equal("in", lines![0].Direction);
    }

    [Fact]
    public async Task Simulator_refuses_a_number_that_is_not_in_international_form()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, withProvider: false, environment: "Development");
        var response = await server.Http.PostAsJsonAsync("/simulator/api/send", new { from = "012 345 678", body = "hello" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("international", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Webhooks_are_refused_when_no_provider_token_is_configured()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, withProvider: false, environment: "Development");
        var response = await server.SendSmsAsync("+85512345678", "hi");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private sealed record Line(long Id, string Direction, string Body, string Status);
}
