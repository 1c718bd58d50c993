using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Hotline.Twilio;
using Npgsql;

namespace Hotline.Bench;

/// <summary>
/// `urgent --url URL --token AUTH_TOKEN --api-key KEY --pg CONNSTRING [--cases 1000]`: registers a primary and a
/// backup on shift through the admin API, then sends N urgent messages from N different people at once and waits
/// until every case has its first page queued. Prints the burst's duration and the message-to-page latency
/// (case opened → page written) p50/p99/max, read from the database's own timestamps.
/// </summary>
public sealed class UrgentBurstBenchmark : IBenchmarkCommand
{
    public string Name => "urgent";
    public string Description => "N urgent messages in a burst: every page queued, p50/p99 message-to-page latency";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        string Arg(string name, string fallback) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback; }
        var url = Arg("--url", "http://127.0.0.1:5080").TrimEnd('/');
        var token = Arg("--token", "");
        var apiKey = Arg("--api-key", "");
        var pg = Arg("--pg", "");
        var cases = int.Parse(Arg("--cases", "1000"), CultureInfo.InvariantCulture);
        if (token.Length == 0 || apiKey.Length == 0 || pg.Length == 0)
        {
            Console.Error.WriteLine("--token, --api-key and --pg are required");
            return 2;
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        await SeedAsync(http, ct);

        var started = Stopwatch.StartNew();
        var errors = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, cases), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = ct }, async (i, token2) =>
        {
            var form = new List<KeyValuePair<string, string>>
            {
                new("MessageSid", $"SMurgent{i:D26}"), new("AccountSid", "ACbench"), new("From", $"+8559{i:D7}"),
                new("To", "+85523900100"), new("Body", i % 2 == 0 ? "ជួយខ្ញុំផង" : "help me"), new("FromCountry", "KH"),
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/twilio/sms") { Content = new FormUrlEncodedContent(form) };
            request.Headers.Add("X-Twilio-Signature", RequestValidator.ComputeSignature(url + "/twilio/sms", form, token));
            using var response = await http.SendAsync(request, token2);
            if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
        });
        var posted = started.Elapsed;

        await using var db = new NpgsqlConnection(pg);
        await db.OpenAsync(ct);
        long paged = 0;
        while (started.Elapsed < TimeSpan.FromMinutes(5))
        {
            await using var count = new NpgsqlCommand("SELECT count(*) FROM cases WHERE first_paged_at IS NOT NULL", db);
            paged = (long)(await count.ExecuteScalarAsync(ct))!;
            if (paged >= cases) break;
            await Task.Delay(200, ct);
        }
        var allPaged = started.Elapsed;

        await using var latency = new NpgsqlCommand("""
            SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), percentile_cont(0.99) WITHIN GROUP (ORDER BY ms), max(ms), count(*)
            FROM (SELECT extract(epoch FROM first_paged_at - opened_at) * 1000 AS ms FROM cases WHERE first_paged_at IS NOT NULL) t
            """, db);
        await using var reader = await latency.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        Console.WriteLine($"{cases} urgent messages posted in {posted.TotalSeconds:F1} s ({cases / posted.TotalSeconds:F0}/s), {errors} errors");
        Console.WriteLine($"cases paged: {paged} of {cases}, all paged after {allPaged.TotalSeconds:F1} s");
        Console.WriteLine($"message-to-page latency: p50 {reader.GetDouble(0):F0} ms, p99 {reader.GetDouble(1):F0} ms, max {reader.GetDouble(2):F0} ms");
        return paged >= cases && errors == 0 ? 0 : 1;
    }

    private static async Task SeedAsync(HttpClient http, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var (phone, role) in new[] { ("+85510900001", "primary"), ("+85510900002", "backup") })
        {
            var created = await http.PostAsJsonAsync("/api/responders", new { name = $"Bench {role}", phone, role = "responder", languages = new[] { "en" }, pin = "4321" }, ct);
            created.EnsureSuccessStatusCode();
            var responder = await created.Content.ReadFromJsonAsync<Dictionary<string, object>>(ct);
            var id = long.Parse(responder!["id"].ToString()!, CultureInfo.InvariantCulture);
            var shift = await http.PostAsJsonAsync("/api/shifts", new { responder_id = id, role, starts_at = now.AddHours(-1), ends_at = now.AddHours(8) }, ct);
            shift.EnsureSuccessStatusCode();
        }
    }
}
