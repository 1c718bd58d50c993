using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Hotline.Integration.Tests.Support;
using Hotline.Server.Cases;
using Hotline.Storage.Protection;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.Cases;

/// <summary>
/// What a person in danger writes after the urgent safety message belongs to their urgent case. The content
/// transcripts that go through the urgent flow's hand-over (tests/Hotline.Content.Tests/Transcripts) are replayed
/// here through the real pipeline and database: afterwards there is one case, urgent, with what they said as an
/// event, and one page chain.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class UrgentHandOverTests(PostgresFixture postgres)
{
    private static string TranscriptFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hotline.sln"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Hotline.sln not found"), "tests", "Hotline.Content.Tests", "Transcripts");
        }
    }

    /// <summary>Every transcript where an urgent message is followed by the urgent flow's hand-over.</summary>
    public static TheoryData<string> HandOverTranscripts => new(Directory.GetFiles(TranscriptFolder, "*.yaml")
        .Where(f => File.ReadAllText(f) is var t && t.Contains("RaiseUrgent(") && t.Contains("RunAction(open_help_request)"))
        .Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(HandOverTranscripts))]
    public async Task After_an_urgent_message_and_its_follow_up_answer_there_is_one_case_and_one_page_chain(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(TranscriptFolder, file));
        var sends = lines.Select(l => SendLine().Match(l)).Where(m => m.Success).Select(m => Unquote(m.Groups[1].Value)).ToList();
        var handOverIndex = lines.Select((l, i) => (l, i)).Last(x => x.l.Contains("RunAction(open_help_request)")).i;
        var answer = lines.Take(handOverIndex).Select(l => SendLine().Match(l)).Last(m => m.Success).Groups[1].Value;
        var client = lines.Any(l => l.Trim() == "country: TH") ? "+66812000031" : "+85512000031";

        await using var server = await HotlineTestServer.StartAsync(postgres, settings: s => s["Hotline:Scheduler:Enabled"] = "false");
        await CaseSeed.CreateAsync(server, DateTimeOffset.UtcNow);
        foreach (var body in sends)
            Assert.Equal(HttpStatusCode.OK, (await server.SendSmsAsync(client, body)).StatusCode);
        await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync("SELECT count(*) FROM pages") >= 1, $"{file}: the primary is paged");
        await server.Services.GetRequiredService<EscalationService>().RunDueAsync(CancellationToken.None);

        await using var db = await server.OpenDbAsync();
        var kinds = (await db.QueryAsync<string>("SELECT kind FROM cases")).ToList();
        Assert.Equal(["urgent"], kinds);
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM pages"));
        var details = (await db.QueryAsync<byte[]>("SELECT body_enc FROM case_events WHERE kind = 'urgent_details'")).ToList();
        var protector = server.Services.GetRequiredService<FieldProtector>();
        Assert.Equal(Unquote(answer), protector.Decrypt(Assert.Single(details), Purposes.CaseNote));
    }

    private static string Unquote(string value) => value.Trim() is var v && v.Length >= 2 && v[0] == '"' && v[^1] == '"' ? v[1..^1] : v.Trim();

    [GeneratedRegex(@"^\s*- send: (.*)$")]
    private static partial Regex SendLine();
}
