using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Hotline.Integration.Tests.Api;
using Hotline.Integration.Tests.Support;

namespace Hotline.Integration.Tests.CheckIns;

[Collection(PostgresCollection.Name)]
public sealed class EnrolmentImportAndOutcomeTests(PostgresFixture postgres)
{
    private const string Header = "phone,language,plan,reintegrated_on,safe_days,safe_from,safe_to,time_zone,consent_by,consent_at,consent_how,code_word,duress_word\n";

    private static string Line(string phone, string consentBy = "case worker", string language = "km") =>
        $"{phone},{language},standard,2026-11-01,mon|wed|fri,17:00,20:00,Asia/Phnom_Penh,{consentBy},2026-10-30T10:00:00+07:00,in person,mango,\n";

    private static Task<HttpResponseMessage> ImportAsync(HttpClient http, string csv) =>
        http.PostAsync("/api/enrolments/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    [Fact]
    public async Task A_valid_file_enrols_everyone_and_importing_it_again_enrols_nobody_twice()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Sample Organisation A");
        var csv = "# sample file\n" + Header + Line("+85512400001") + Line("+85512400002", language: "en") + Line("+66812400003", language: "km-Latn");

        var first = await ImportAsync(org.Http, csv);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, body.GetProperty("enrolled").GetInt32());

        var again = await (await ImportAsync(org.Http, csv)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("enrolled").GetInt32());
        Assert.Equal(3, again.GetProperty("already_enrolled").GetInt32());
        Assert.Equal(3, await api.Server.CountAsync("SELECT count(*) FROM enrolments WHERE status = 'active' AND organisation_id = @org", new { org = org.OrganisationId }));
        Assert.Equal(3, await api.Server.CountAsync("SELECT count(*) FROM checkins WHERE status = 'scheduled'"));
    }

    [Fact]
    public async Task A_file_with_any_problem_enrols_nobody_and_lists_each_problem_by_line_without_the_number()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Sample Organisation A");
        var csv = Header
            + Line("+85512400011")                       // line 2: fine
            + Line("+85512400012", consentBy: "")        // line 3: no consent
            + Line("0855-12-400013")                     // line 4: not an international number
            + Line("+85512400011");                      // line 5: the number of line 2 again

        var response = await ImportAsync(org.Http, csv);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var problems = JsonDocument.Parse(text).RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (Line: p.GetProperty("line").GetInt32(), Message: p.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(problems, p => p.Line == 3 && p.Message.StartsWith("consent:"));
        Assert.Contains(problems, p => p.Line == 4 && p.Message.StartsWith("phone:"));
        Assert.Contains(problems, p => p.Line == 5 && p.Message.Contains("line 2"));
        Assert.DoesNotContain(problems, p => p.Line == 2);
        Assert.DoesNotContain("400011", text);
        Assert.DoesNotContain("400013", text);
        Assert.Equal(0, await api.Server.CountAsync("SELECT count(*) FROM enrolments"));
    }

    [Fact]
    public async Task A_number_another_organisation_follows_refuses_the_whole_file()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var a = await api.OrganisationAsync("Sample Organisation A");
        var b = await api.OrganisationAsync("Sample Organisation B");
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(a.Http, Header + Line("+85512400021"))).StatusCode);

        var response = await ImportAsync(b.Http, Header + Line("+85512400022") + Line("+85512400021"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"line\":3", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await api.Server.CountAsync("SELECT count(*) FROM enrolments WHERE organisation_id = @org", new { org = b.OrganisationId }));
    }

    [Fact]
    public async Task Outcome_figures_show_reach_work_income_bands_and_needs_and_hide_small_counts_overall()
    {
        // 5 Nov 2026: the clients came home on 1 Nov, so round 1 (day 7) is the first round of each.
        await using var api = await ApiTestServer.StartAsync(postgres, new ManualTime(new DateTimeOffset(2026, 11, 5, 12, 0, 0, TimeSpan.FromHours(7))));
        var a = await api.OrganisationAsync("Sample Organisation A");
        var b = await api.OrganisationAsync("Sample Organisation B");
        var phones = Enumerable.Range(0, 6).Select(i => $"+8551250000{i}").ToList();
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(a.Http, Header + string.Concat(phones.Take(5).Select(p => Line(p))))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(b.Http, Header + Line(phones[5]))).StatusCode);

        // Round answers as the check-in conversation stores them: organisation A has four answered rounds and one
        // missed; organisation B one answered round.
        await using (var db = await api.Server.OpenDbAsync())
        {
            var rounds = (await db.QueryAsync<long>("SELECT k.id FROM checkins k JOIN enrolments e ON e.id = k.enrolment_id ORDER BY e.id")).ToList();
            async Task Answer(long id, bool work, long? cents, string? component = null, bool need = false) => await db.ExecuteAsync("""
                UPDATE checkins SET status = 'answered', sent_at = now(), answered_at = now(), wellbeing = 'good', has_work = @work,
                       income_usd_cents = @cents, component = @component, component_need = @need WHERE id = @id
                """, new { id, work, cents, component, need });
            await Answer(rounds[0], true, 2_500, "medical", need: true);   // $25: below the $40 threshold
            await Answer(rounds[1], true, 15_000, "medical");              // $150
            await Answer(rounds[2], true, 30_000);                         // $300
            await Answer(rounds[3], false, 0);                             // no work, no income
            await db.ExecuteAsync("UPDATE checkins SET status = 'missed', sent_at = now() WHERE id = @id", new { id = rounds[4] });
            await Answer(rounds[5], true, 20_000);
        }

        var report = await a.Http.GetFromJsonAsync<JsonElement>("/api/checkins/outcomes");
        string[][] Table(string scope, string id) => report.GetProperty(scope).GetProperty("tables").EnumerateArray()
            .Single(t => t.GetProperty("id").GetString() == id).GetProperty("rows").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToArray()).ToArray();

        var reached = Table("organisation", "reached_by_round").Single();
        Assert.Equal(["5", "4", "1", "80%"], reached[1..]);
        var month = Table("organisation", "by_months_since_reintegration").Single();
        // reached, good, ok, talk, work answers, working share, income answers, none, <40, 40–100, 100–200, 200+, below-threshold share
        Assert.Equal(["4", "4", "0", "0", "4", "75%", "4", "1", "1", "0", "1", "1", "50%"], month[1..]);
        var medical = Table("organisation", "needs_by_component").Single(r => r[0] == "medical");
        Assert.Equal(["2", "1", "50%"], medical[1..]);

        var overall = Table("overall", "reached_by_round").Single();
        Assert.Equal(["6", "5", OutcomeSmall, "-"], overall[1..]);
        var overallMedical = Table("overall", "needs_by_component").Single(r => r[0] == "medical");
        Assert.Equal([OutcomeSmall, OutcomeSmall, "-"], overallMedical[1..]);

        var csv = await a.Http.GetStringAsync("/api/checkins/outcomes?format=csv");
        Assert.True(csv.StartsWith("scope,table,row,column,value\r\n"), csv);
        Assert.Contains("organisation,by_months_since_reintegration,0,below_threshold_share,50%", csv);
        Assert.True(csv.Contains("overall,reached_by_round,1,not_reached,<5"), csv);
        Assert.DoesNotContain("+855", csv);
    }

    private const string OutcomeSmall = "<5";
}
