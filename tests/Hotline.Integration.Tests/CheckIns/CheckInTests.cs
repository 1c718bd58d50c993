using Dapper;
using Hotline.Domain.CheckIns;
using Hotline.Domain.Language;
using Hotline.Integration.Tests.Cases;
using Hotline.Integration.Tests.Support;
using Hotline.Server.CheckIns;
using Hotline.Storage.CheckIns;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.CheckIns;

[Collection(PostgresCollection.Name)]
public sealed class CheckInTests(PostgresFixture postgres)
{
    private static readonly TimeSpan PhnomPenh = TimeSpan.FromHours(7);
    // 1 Dec 2026, 02:00 in Phnom Penh. Reintegrated on 24 Nov, so round 1 of the standard plan (day 7) is due today.
    private static readonly DateTimeOffset TwoAm = new(2026, 12, 1, 2, 0, 0, PhnomPenh);
    private static readonly DateOnly Reintegrated = new(2026, 11, 24);
    private static readonly SafeWindow Evenings = new(SafeWindow.EveryDay, new TimeOnly(17, 0), new TimeOnly(20, 0), "Asia/Phnom_Penh");

    private static Task<HotlineTestServer> StartAsync(PostgresFixture postgres, ManualTime time) =>
        HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(), time: time, settings: s => s["Hotline:Scheduler:Enabled"] = "false");

    private static async Task<long> EnrolAsync(HotlineTestServer server, long org, string phone, SafeWindow window, DateTimeOffset now, string? duress = null)
    {
        var store = server.Services.GetRequiredService<CheckInStore>();
        var plan = server.Services.GetRequiredService<CheckInSettings>().Content.Plans["standard"];
        var (id, _) = await store.EnrolAsync(new NewEnrolment(org, phone, LanguageForm.En, "standard", Reintegrated, window,
            "case worker", now.AddDays(-10), "in person", "mango", duress, null), plan, now, CancellationToken.None);
        return id;
    }

    private static Task<int> TickAsync(HotlineTestServer server) =>
        server.Services.GetRequiredService<CheckInService>().RunDueAsync(CancellationToken.None);

    [Fact]
    public async Task A_check_in_due_at_two_in_the_morning_goes_out_at_the_start_of_the_clients_window()
    {
        var time = new ManualTime(TwoAm);
        await using var server = await StartAsync(postgres, time);
        var seed = await CaseSeed.CreateAsync(server, TwoAm);
        await EnrolAsync(server, seed.OrganisationId, "+85512300001", Evenings, TwoAm);

        Assert.Equal(0, await TickAsync(server));
        time.Advance(TimeSpan.FromHours(14.99));
        Assert.Equal(0, await TickAsync(server));
        time.Advance(TimeSpan.FromMinutes(1)); // 17:00 in Phnom Penh
        Assert.Equal(1, await TickAsync(server));
        var sent = (await server.Provider!.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10))).Single();
        Assert.Equal("+85512300001", sent.To);
        Assert.StartsWith("Hi!", sent.Body);
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM checkins WHERE status = 'scheduled' AND round = 2"));
    }

    [Fact]
    public async Task Clients_in_different_zones_and_windows_each_get_theirs_in_their_own_hours()
    {
        var time = new ManualTime(TwoAm);
        await using var server = await StartAsync(postgres, time);
        var seed = await CaseSeed.CreateAsync(server, TwoAm);
        var phnomPenh = await EnrolAsync(server, seed.OrganisationId, "+85512300002", Evenings, TwoAm);                                  // Phnom Penh 17–20
        var bangkok = await EnrolAsync(server, seed.OrganisationId, "+66812300003", new SafeWindow(SafeWindow.EveryDay, new TimeOnly(8, 0), new TimeOnly(10, 0), "Asia/Bangkok"), TwoAm);
        var kualaLumpur = await EnrolAsync(server, seed.OrganisationId, "+60123000004", new SafeWindow(SafeWindow.EveryDay, new TimeOnly(8, 0), new TimeOnly(9, 0), "Asia/Kuala_Lumpur"), TwoAm);
        async Task<long[]> SentSoFar()
        {
            // Let the outbox hand each message over before the clock jumps hours ahead: a send still in flight across
            // such a jump would look like a stalled node to the lease check (real clocks never jump like this).
            await HotlineTestServer.EventuallyAsync(async () => await server.CountAsync(
                "SELECT count(*) FROM messages WHERE direction = 'out' AND status IN ('pending', 'dispatching')") == 0, "the outbox settles");
            return (await (await server.OpenDbAsync()).QueryAsync<long>(
                "SELECT enrolment_id FROM checkins WHERE status = 'sent' ORDER BY sent_at, enrolment_id")).ToArray();
        }

        time.Advance(TimeSpan.FromHours(5.5)); // 07:30 Phnom Penh / Bangkok = 08:30 Kuala Lumpur
        await TickAsync(server);
        Assert.Equal([kualaLumpur], await SentSoFar());
        time.Advance(TimeSpan.FromHours(1));   // 08:30 Bangkok
        await TickAsync(server);
        Assert.Equal([kualaLumpur, bangkok], await SentSoFar());
        time.Advance(TimeSpan.FromHours(9));   // 17:30 Phnom Penh
        await TickAsync(server);
        Assert.Equal([kualaLumpur, bangkok, phnomPenh], await SentSoFar());
        var sent = await server.Provider!.WaitForMessagesAsync(3, TimeSpan.FromSeconds(20));
        Assert.Equal(["+60123000004", "+66812300003", "+85512300002"], sent.Select(m => m.To).Order().ToArray());
    }

    [Fact]
    public async Task Stop_cancels_every_pending_check_in_and_start_does_not_re_enrol()
    {
        var time = new ManualTime(TwoAm);
        await using var server = await StartAsync(postgres, time);
        var seed = await CaseSeed.CreateAsync(server, TwoAm);
        await EnrolAsync(server, seed.OrganisationId, "+85512300005", Evenings, TwoAm);
        await server.SendSmsAsync("+85512300005", "STOP");
        await server.SendSmsAsync("+85512300005", "START");
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM checkins WHERE status = 'scheduled'"));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM enrolments WHERE status = 'stopped'"));
        time.Advance(TimeSpan.FromHours(16));
        Assert.Equal(0, await TickAsync(server));
    }

    [Fact]
    public async Task The_duress_word_gets_the_same_reply_as_a_good_answer_and_silently_raises_an_urgent_case()
    {
        var time = new ManualTime(TwoAm.AddHours(16)); // 18:00, inside the window
        await using var server = await StartAsync(postgres, time);
        var seed = await CaseSeed.CreateAsync(server, time.GetUtcNow());
        await EnrolAsync(server, seed.OrganisationId, "+85512300006", Evenings, time.GetUtcNow(), duress: "Blue Rice");
        await EnrolAsync(server, seed.OrganisationId, "+85512300007", Evenings, time.GetUtcNow(), duress: "blue rice");
        Assert.Equal(2, await TickAsync(server));

        await server.SendSmsAsync("+85512300006", "1");           // a normal good answer
        await server.SendSmsAsync("+85512300007", "blue  RICE");  // the duress word, typed loosely
        await HotlineTestServer.EventuallyAsync(async () => server.Provider!.Messages.Count(m => m.To is "+85512300006" or "+85512300007") == 4, "both replies sent");
        var normal = server.Provider!.Messages.Last(m => m.To == "+85512300006").Body;
        var duress = server.Provider.Messages.Last(m => m.To == "+85512300007").Body;
        Assert.Equal(normal, duress);
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM cases WHERE kind = 'urgent' AND reason = 'duress' AND organisation_id = @org", new { org = seed.OrganisationId }));
        await HotlineTestServer.EventuallyAsync(async () => server.Provider.Messages.Any(m => m.To == CaseSeed.PrimaryPhone), "the on-call responder is paged");
    }

    [Fact]
    public async Task A_double_firing_of_the_tick_sends_each_check_in_once()
    {
        var time = new ManualTime(TwoAm.AddHours(16));
        await using var server = await StartAsync(postgres, time);
        var seed = await CaseSeed.CreateAsync(server, time.GetUtcNow());
        for (var i = 0; i < 20; i++) await EnrolAsync(server, seed.OrganisationId, $"+8551240{i:D4}", Evenings, time.GetUtcNow());
        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TickAsync(server)));
        Assert.Equal(20, sent.Sum());
        await server.Provider!.WaitForMessagesAsync(20, TimeSpan.FromSeconds(10));
        await Task.Delay(300);
        Assert.Equal(20, server.Provider.Messages.Count);
    }

    [Fact]
    public async Task Would_like_to_talk_becomes_a_help_request_and_a_task_for_the_case_worker()
    {
        var time = new ManualTime(TwoAm.AddHours(16));
        await using var server = await StartAsync(postgres, time);
        var seed = await CaseSeed.CreateAsync(server, time.GetUtcNow());
        await EnrolAsync(server, seed.OrganisationId, "+85512300008", Evenings, time.GetUtcNow());
        await TickAsync(server);
        await server.SendSmsAsync("+85512300008", "3");
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM followup_tasks WHERE kind = 'need_to_talk'"));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM cases WHERE kind = 'help' AND organisation_id = @org", new { org = seed.OrganisationId }));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM checkins WHERE wellbeing = 'talk'"));
    }

    [Fact]
    public async Task No_answer_gets_one_reminder_and_two_missed_rounds_make_one_could_not_reach_task()
    {
        var time = new ManualTime(TwoAm.AddHours(16)); // 18:00
        await using var server = await StartAsync(postgres, time);
        var seed = await CaseSeed.CreateAsync(server, time.GetUtcNow());
        await EnrolAsync(server, seed.OrganisationId, "+85512300009", Evenings, time.GetUtcNow());
        await TickAsync(server);                                      // round 1 sent
        for (var hour = 0; hour < 24 * 7; hour += 6)                  // a week of ticks every 6 hours, no answer
        {
            time.Advance(TimeSpan.FromHours(6));
            await TickAsync(server);
        }
        Assert.Equal(3, await server.CountAsync("SELECT count(*) FROM messages WHERE kind = 'checkin'")); // round 1, its reminder, round 2
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM checkins WHERE round = 1 AND status = 'missed' AND reminded_at IS NOT NULL"));
        for (var hour = 0; hour < 24 * 7; hour += 6)
        {
            time.Advance(TimeSpan.FromHours(6));
            await TickAsync(server);
        }
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM followup_tasks WHERE kind = 'could_not_reach'"));
        var perRound = await (await server.OpenDbAsync()).QueryAsync<long>(
            "SELECT count(*) FROM messages m WHERE m.kind = 'checkin' GROUP BY date_trunc('day', m.created_at)");
        Assert.All(perRound, n => Assert.InRange(n, 1, 1)); // never more than one check-in message a day
    }
}
