using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hotline.Integration.Tests.Cases;
using Hotline.Integration.Tests.Support;

namespace Hotline.Integration.Tests;

/// <summary>With no provider configured, the simulator stands in for SMS: a person in danger and the responder on
/// call can both be played from it, with the real content engine.</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class SimulatorEscalationTests(PostgresFixture postgres)
{
    private const string Person = "+85512606060";

    private sealed record Line(long Id, string Direction, string Body);

    private static async Task<List<Line>> TranscriptAsync(HotlineTestServer server, string number) =>
        (await (await server.Http.PostAsJsonAsync("/simulator/api/transcript", new { from = number, after = 0 })).Content.ReadFromJsonAsync<List<Line>>())!;

    private static Task SendAsync(HotlineTestServer server, string number, string body) =>
        server.Http.PostAsJsonAsync("/simulator/api/send", new { from = number, body });

    [Fact]
    public async Task An_urgent_message_pages_the_responder_who_takes_it_and_answers_through_the_hotline()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, withProvider: false, environment: "Development");
        await CaseSeed.CreateAsync(server, DateTimeOffset.UtcNow);

        await SendAsync(server, Person, "ជួយខ្ញុំផង");
        string page = "";
        await HotlineTestServer.EventuallyAsync(async () =>
            (page = (await TranscriptAsync(server, CaseSeed.PrimaryPhone)).FirstOrDefault(l => l.Direction == "out")?.Body ?? "").Length > 0,
            "the primary's simulated phone shows the page");
        var ack = AckPattern().Match(page);
        Assert.True(ack.Success, page);

        await SendAsync(server, CaseSeed.PrimaryPhone, ack.Value);
        await SendAsync(server, CaseSeed.PrimaryPhone, $"R {ack.Groups[1].Value} Are you safe now?");
        await HotlineTestServer.EventuallyAsync(async () =>
            (await TranscriptAsync(server, Person)).Any(l => l.Direction == "out" && l.Body == "Are you safe now?"),
            "the person's simulated phone shows the responder's words");
        Assert.DoesNotContain(await TranscriptAsync(server, Person), l => l.Body.Contains(CaseSeed.PrimaryPhone));
    }

    [GeneratedRegex(@"ACK ([A-Z0-9]{4,6}) ([0-9]{4,8})")]
    private static partial Regex AckPattern();
}
