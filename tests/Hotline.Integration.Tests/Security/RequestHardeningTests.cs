using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hotline.Integration.Tests.Api;
using Hotline.Integration.Tests.Support;

namespace Hotline.Integration.Tests.Security;

/// <summary>Odd requests get a 4xx with a reason (never a 500), API answers are never cached, and only /api requests
/// look up and audit an API key.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RequestHardeningTests(PostgresFixture postgres)
{
    private static FormUrlEncodedContent ManyFields(int count) =>
        new(Enumerable.Range(0, count).Select(i => new KeyValuePair<string, string>("f" + i, "x")));

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string reason)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_key_sent_to_health_is_not_looked_up_or_audited_but_a_bad_key_sent_to_the_api_is()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Api-Key", "hk_not_a_key");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "hk_not_a_key_either");
        Assert.Equal(HttpStatusCode.OK, (await api.Server.Http.SendAsync(request)).StatusCode);
        Assert.Equal(0, await api.Server.CountAsync("SELECT count(*) FROM audit_log"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client("hk_not_a_key").GetAsync("/api/organisation")).StatusCode);
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'api_key.rejected'"));
    }

    [Fact]
    public async Task Every_api_answer_says_no_store_whether_it_succeeds_or_is_refused()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var organisation = await api.OrganisationAsync("Sample Organisation A");
        var ok = await organisation.Http.GetAsync("/api/organisation");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True(ok.Headers.CacheControl?.NoStore, "200 carries no-store");
        var refused = await api.Anonymous().GetAsync("/api/organisation");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.True(refused.Headers.CacheControl?.NoStore, "401 carries no-store");
        Assert.True((await organisation.Http.GetAsync("/api/cases/NOPE9")).Headers.CacheControl?.NoStore, "404 carries no-store");
    }

    [Fact]
    public async Task A_console_post_that_is_not_a_form_is_415_with_the_reason()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var response = await server.Http.PostAsync("/console/login", new StringContent("{\"email\":\"a@example.org\"}", Encoding.UTF8, "application/json"));
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "Expected a form");
    }

    [Fact]
    public async Task A_console_post_with_more_than_1024_fields_is_400_with_the_reason()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        await AssertProblemAsync(await server.Http.PostAsync("/console/login", ManyFields(1_100)), HttpStatusCode.BadRequest, "count limit 1024");
    }

    [Fact]
    public async Task A_console_post_with_a_nul_character_is_400_with_the_reason()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var form = new FormUrlEncodedContent([new("email", "staff\0@example.org"), new("password", "pass\0word")]);
        await AssertProblemAsync(await server.Http.PostAsync("/console/login", form), HttpStatusCode.BadRequest, "invalid characters"); // the form reader refuses NUL itself; a 400 now, a 500 before
    }

    [Fact]
    public async Task An_api_import_over_one_megabyte_is_413_with_the_reason()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var organisation = await api.OrganisationAsync("Sample Organisation A");
        var csv = "phone,consent\n" + string.Concat(Enumerable.Repeat("+85512000000,yes\n", 100_000)); // ~1.7 MB
        var response = await organisation.Http.PostAsync("/api/enrolments/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "1 MB");
    }

    [Fact]
    public async Task A_webhook_over_one_megabyte_or_with_more_than_1024_fields_is_a_4xx_and_stores_nothing()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var big = HotlineTestServer.InboundForm("+85512345678", new string('a', 1_200_000), HotlineTestServer.NewSid());
        var tooBig = await server.PostSignedAsync("/twilio/sms", big);
        Assert.True((int)tooBig.StatusCode is >= 400 and < 500, $"over 1 MB: got {(int)tooBig.StatusCode}");

        var many = new HttpRequestMessage(HttpMethod.Post, "/twilio/sms") { Content = ManyFields(1_100) };
        many.Headers.Add("X-Twilio-Signature", "AAAA");
        var manyFields = await server.Http.SendAsync(many);
        Assert.True((int)manyFields.StatusCode is >= 400 and < 500, $"1,100 fields: got {(int)manyFields.StatusCode}");

        var status = new HttpRequestMessage(HttpMethod.Post, "/twilio/status") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        status.Headers.Add("X-Twilio-Signature", "AAAA");
        var statusJson = await server.Http.SendAsync(status);
        Assert.True((int)statusJson.StatusCode is >= 400 and < 500, $"status callback as JSON: got {(int)statusJson.StatusCode}");
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM messages"));
    }
}
