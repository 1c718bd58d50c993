using Dapper;
using Hotline.Domain.CheckIns;
using Hotline.Domain.Language;
using Hotline.Integration.Tests.Cases;
using Hotline.Integration.Tests.Support;
using Hotline.Server.CheckIns;
using Hotline.Storage.CheckIns;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.CheckIns;

/// <summary>
/// Check-in conversations as readable transcripts (CheckIns/Transcripts/*.txt), run through the real pipeline — real
/// content, real dialog, real database, the fake provider — with the manual clock. Format, one line each:
/// <c>@ language: km</c>, <c>@ round: 3</c>, <c>@ duress: word</c> (set-up); <c>&lt; text</c> the next message the
/// person receives, exactly, with <c>\n</c> for a line break (the first one is the check-in itself); <c>&gt; text</c> what the person sends;
/// <c>~ next round</c> the clock moves to the next round and the tick sends it; <c>= field: value</c> what is stored
/// about the round afterwards (a checkins column, or <c>tasks</c>, <c>urgent</c>, <c>enrolment</c>); <c>#</c> comments.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CheckInTranscriptTests(PostgresFixture postgres)
{
    // 18:00 in Phnom Penh on 1 Dec 2026, inside the client's evening window.
    private static readonly DateTimeOffset SixPm = new(2026, 12, 1, 18, 0, 0, TimeSpan.FromHours(7));
    private static readonly SafeWindow Evenings = new(SafeWindow.EveryDay, new TimeOnly(17, 0), new TimeOnly(20, 0), "Asia/Phnom_Penh");
    private const string Phone = "+85512377001";

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "CheckIns", "Transcripts");

    public static TheoryData<string> Files => new(Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Conversation_goes_as_written(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, file)).Select(l => l.TrimEnd()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        string Setting(string name, string fallback) =>
            lines.FirstOrDefault(l => l.StartsWith($"@ {name}:"))?[($"@ {name}:".Length)..].Trim() ?? fallback;
        LanguageForms.TryParse(Setting("language", "en"), out var language);
        var round = int.Parse(Setting("round", "1"));
        var duress = Setting("duress", "");

        var time = new ManualTime(SixPm);
        await using var server = await HotlineTestServer.StartAsync(postgres, time: time, settings: s => s["Hotline:Scheduler:Enabled"] = "false");
        var seed = await CaseSeed.CreateAsync(server, SixPm);
        var plan = server.Services.GetRequiredService<CheckInSettings>().Content.Plans["standard"];
        var today = DateOnly.FromDateTime(SixPm.DateTime);
        var reintegrated = today.AddDays(-plan.OffsetsDays[round - 1]);
        var (enrolment, _) = await server.Services.GetRequiredService<CheckInStore>().EnrolAsync(new NewEnrolment(seed.OrganisationId, Phone, language,
            "standard", reintegrated, Evenings, "case worker", SixPm.AddDays(-30), "in person", "mango", duress.Length > 0 ? duress : null, null),
            plan, SixPm, CancellationToken.None);
        var checkIns = server.Services.GetRequiredService<CheckInService>();
        Assert.Equal(1, await checkIns.RunDueAsync(CancellationToken.None));

        var expected = 0;
        var received = new List<string>();
        async Task ReceiveUpTo(int count, int lineNumber)
        {
            await HotlineTestServer.EventuallyAsync(() => Task.FromResult(server.Provider!.Messages.Count(m => m.To == Phone) >= count),
                $"{file}: reply {count} (before line {lineNumber})");
            received = server.Provider!.Messages.Where(m => m.To == Phone).Select(m => m.Body).ToList();
        }
        var currentRound = round;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith("< "))
            {
                expected++;
                await ReceiveUpTo(expected, i);
                var want = line[2..].Replace("\\n", "\n");
                Assert.True(want == received[expected - 1], $"{file} step {i + 1}: received\n{received[expected - 1]}\nexpected\n{want}");
            }
            else if (line.StartsWith("> "))
            {
                await Task.Delay(100);   // nothing more than the transcript says arrives before the person answers
                Assert.Equal(expected, server.Provider!.Messages.Count(m => m.To == Phone));
                var response = await server.SendSmsAsync(Phone, line[2..]);
                Assert.True(response.IsSuccessStatusCode, $"{file}: '{line}' was refused");
            }
            else if (line == "~ next round")
            {
                await using var db = await server.OpenDbAsync();
                var sendAt = await db.ExecuteScalarAsync<DateTime>(
                    "SELECT send_at FROM checkins WHERE enrolment_id = @enrolment AND round = @next", new { enrolment, next = currentRound + 1 });
                await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync(
                    "SELECT count(*) FROM messages WHERE direction = 'out' AND status IN ('pending', 'dispatching')") == 0, "the outbox settles");
                time.Advance(new DateTimeOffset(sendAt, TimeSpan.Zero) - time.GetUtcNow());
                Assert.Equal(1, await checkIns.RunDueAsync(CancellationToken.None));
                currentRound++;
            }
        }
        await Task.Delay(300);
        Assert.Equal(expected, server.Provider!.Messages.Count(m => m.To == Phone));

        await using var connection = await server.OpenDbAsync();
        foreach (var line in lines.Where(l => l.StartsWith("= ")))
        {
            var colon = line.IndexOf(':');
            var field = line[2..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            var actual = field switch
            {
                "tasks" => string.Join(", ", await connection.QueryAsync<string>(
                    "SELECT kind FROM followup_tasks WHERE enrolment_id = @enrolment ORDER BY kind", new { enrolment })) is { Length: > 0 } kinds ? kinds : "none",
                "urgent" => string.Join(", ", await connection.QueryAsync<string>(
                    "SELECT reason FROM cases WHERE kind = 'urgent' ORDER BY reason")) is { Length: > 0 } reasons ? reasons : "none",
                "enrolment" => await connection.ExecuteScalarAsync<string>("SELECT status FROM enrolments WHERE id = @enrolment", new { enrolment }),
                _ => Format(await connection.ExecuteScalarAsync<object?>(
                    $"SELECT {Column(field)} FROM checkins WHERE enrolment_id = @enrolment AND round = @currentRound", new { enrolment, currentRound })),
            };
            Assert.True(value == actual, $"{file}: {field} is {actual}, expected {value}");
        }
    }

    private static string Column(string field) => field is "wellbeing" or "status" or "waiting_for" or "has_work" or "income_amount" or "income_currency"
        or "income_usd_cents" or "component" or "component_need" ? field : throw new ArgumentException($"unknown field {field}");

    private static string Format(object? value) => value switch
    {
        null or DBNull => "null",
        bool b => b ? "yes" : "no",
        decimal d => d.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };
}
