using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dapper;
using Hotline.Integration.Tests.Support;

namespace Hotline.Integration.Tests.Api;

[Collection(PostgresCollection.Name)]
public sealed class AgencyImportTests(PostgresFixture postgres)
{
    private const string Header = "licence_number,name_km,name_en,aliases,destinations,status,source,published,sample";

    private static async Task<string> KeyAsync(HotlineTestServer server)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await Hotline.Server.Cli.ApiKeyCommand.RunAsync(["create", "--organisation", "Sample Organisation D"], server.ConnectionString, output, errors, TimeProvider.System);
        Assert.Equal(0, code);
        return System.Text.RegularExpressions.Regex.Match(output.ToString(), "hk_[A-Za-z0-9_-]+").Value;
    }

    private static HttpRequestMessage Import(string key, string csv)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/agencies/import") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    [Fact]
    public async Task A_valid_register_is_imported_audited_and_answers_at_once()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, settings: s => s["Hotline:SimulatorEnabled"] = "true");
        var key = await KeyAsync(server);
        var csv = $"""
            {Header}
            TEST-0001,ក្រុមហ៊ុន តេស្ត,Testing Manpower Co. Ltd,,TH|MY,licensed,Test register for the import test,2026-11-01,false
            TEST-0002,ក្រុមហ៊ុន សាកល្បង,Trial Recruitment,,KR,suspended,Test register for the import test,2026-11-01,false
            """;
        var response = await server.Http.SendAsync(Import(key, csv));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"agencies\":2", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'agency_register.import'"));
        await using var db = await server.OpenDbAsync();
        Assert.False(await db.ExecuteScalarAsync<bool>("SELECT is_sample FROM agency_registers"));

        // The hotline now answers from the imported register, not the shipped sample.
        var reply = await SimulatorReplyAsync(server, "hello", "2", "Testing Manpower");
        Assert.Contains("Testing Manpower", reply);
        Assert.DoesNotContain("sample", reply, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> SimulatorReplyAsync(HotlineTestServer server, params string[] messages)
    {
        const string number = "+85512000042";
        foreach (var text in messages)
            Assert.Equal(HttpStatusCode.OK, (await server.Http.PostAsJsonAsync("/simulator/api/send", new { from = number, body = text })).StatusCode);
        string last = "";
        await HotlineTestServer.EventuallyAsync(async () =>
        {
            var lines = await (await server.Http.PostAsJsonAsync("/simulator/api/transcript", new { from = number, after = 0 }))
                .Content.ReadFromJsonAsync<List<Line>>();
            var outs = lines!.Where(l => l.Direction == "out").ToList();
            last = string.Join("\n", lines!.SkipWhile(l => l.Body != messages[^1]).Where(l => l.Direction == "out").Select(l => l.Body));
            return last.Length > 0;
        }, "the agency answer arrives");
        return last;
    }

    private sealed record Line(long Id, string Direction, string Body);

    [Fact]
    public async Task A_register_with_a_bad_row_is_refused_whole_naming_the_line()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres);
        var key = await KeyAsync(server);
        var csv = $"""
            {Header}
            TEST-0001,ក្រុមហ៊ុន តេស្ត,Testing Manpower,,TH,licensed,Test register,2026-11-01,false
            TEST-0002,ក្រុមហ៊ុន សាកល្បង,Trial Recruitment,,KR,maybe,Test register,not-a-date,false
            """;
        var response = await server.Http.SendAsync(Import(key, csv));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"line\":3", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM agency_registers"));
    }

    [Fact]
    public async Task Import_without_a_key_is_refused()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres);
        var response = await server.Http.PostAsync("/api/agencies/import", new StringContent(Header, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
