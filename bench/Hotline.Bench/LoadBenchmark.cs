using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Hotline.Twilio;

namespace Hotline.Bench;

/// <summary>
/// Posts signed inbound webhooks from many senders at a running server and prints messages/s and latency
/// percentiles: first flat out, then paced at half that rate. Then runs pgbench (one UPDATE + one INSERT per
/// transaction) on the same PostgreSQL for the same time and prints the ratio of the two — how much of the
/// database's own ceiling the whole webhook path reaches. Traffic goes only to the URLs given (127.0.0.1).
/// </summary>
public sealed partial class LoadBenchmark : IBenchmarkCommand
{
    public string Name => "load";
    public string Description => "inbound webhooks/s and p50/p99 against a running server, vs pgbench on its database";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var url = Arg(args, "--url", "http://127.0.0.1:5080").TrimEnd('/');
        var publicUrl = Arg(args, "--public-url", url).TrimEnd('/');
        var token = Arg(args, "--token", "");
        var concurrency = int.Parse(Arg(args, "--concurrency", "32"), CultureInfo.InvariantCulture);
        var seconds = int.Parse(Arg(args, "--seconds", "15"), CultureInfo.InvariantCulture);
        // Long enough for .NET's tiered compilation to finish optimising the hot path (with dynamic PGO, methods run
        // instrumented before their final compilation): the figures are the steady state a long-running server has.
        var warmUp = int.Parse(Arg(args, "--warm-up", "20"), CultureInfo.InvariantCulture);
        var pg = Arg(args, "--pg", "");
        if (token.Length == 0)
        {
            Console.Error.WriteLine("--token (the server's Twilio:AuthToken) is required to sign the webhooks.");
            return 2;
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        Console.WriteLine($"Warm-up against {url} for {warmUp} s …");
        await RunPhaseAsync(http, publicUrl, token, concurrency, TimeSpan.FromSeconds(warmUp), null, "warm", ct);

        var flat = await RunPhaseAsync(http, publicUrl, token, concurrency, TimeSpan.FromSeconds(seconds), null, "flat", ct);
        Print("flat out", flat);
        var half = flat.Rate / 2;
        var paced = await RunPhaseAsync(http, publicUrl, token, concurrency * 2, TimeSpan.FromSeconds(seconds), half, "paced", ct);
        Print($"paced at {half:F0}/s", paced);

        if (pg.Length > 0)
        {
            var tps = await PgBenchAsync(pg, seconds, ct);
            if (tps is { } value)
            {
                Console.WriteLine($"pgbench (UPDATE + INSERT per transaction, 4 clients): {value:F0} tps");
                Console.WriteLine($"ratio webhook messages/s ÷ pgbench tps: {flat.Rate / value:F2}");
            }
        }
        return flat.Errors == 0 ? 0 : 1;
    }

    private sealed record PhaseResult(int Count, int Errors, double Rate, double P50, double P99, double Max);

    private static void Print(string label, PhaseResult r) =>
        Console.WriteLine($"{label,-20} {r.Count,7} messages  {r.Rate,8:F0} msg/s  p50 {r.P50,6:F1} ms  p99 {r.P99,6:F1} ms  max {r.Max,6:F1} ms  errors {r.Errors}");

    private static async Task<PhaseResult> RunPhaseAsync(HttpClient http, string publicUrl, string token, int workers, TimeSpan duration,
        double? rate, string tag, CancellationToken ct)
    {
        var latencies = new List<double>[workers];
        var errors = 0;
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var run = Guid.NewGuid().ToString("N")[..6];
        long sequence = 0;
        var interval = rate is { } r ? Stopwatch.Frequency / r : 0; // open loop: message n is due at start + n·interval

        await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            var mine = latencies[w] = new List<double>(4096);
            while (!ct.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref sequence);
                long due = started;
                if (rate is not null)
                {
                    due = started + (long)(n * interval);
                    var wait = due - Stopwatch.GetTimestamp();
                    if (wait > 0) await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), ct);
                }
                if (Stopwatch.GetTimestamp() >= end) break;
                var from = $"+8551{(n % 100_000):D8}";
                var sid = $"SM{tag}{run}{n:D24}";
                var form = new List<KeyValuePair<string, string>>
                {
                    new("MessageSid", sid), new("AccountSid", "ACbench"), new("From", from), new("To", "+85523900100"),
                    new("Body", n % 3 == 0 ? "សួស្តី" : n % 3 == 1 ? "hello" : "1"), new("NumMedia", "0"), new("FromCountry", "KH"),
                };
                var request = new HttpRequestMessage(HttpMethod.Post, "/twilio/sms") { Content = new FormUrlEncodedContent(form) };
                request.Headers.Add("X-Twilio-Signature", RequestValidator.ComputeSignature(publicUrl + "/twilio/sms", form, token));
                var t0 = rate is null ? Stopwatch.GetTimestamp() : Math.Max(due, started);
                try
                {
                    using var response = await http.SendAsync(request, ct);
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                }
                catch (HttpRequestException) { Interlocked.Increment(ref errors); }
                mine.Add((Stopwatch.GetTimestamp() - t0) * 1000.0 / Stopwatch.Frequency);
            }
        }));

        var elapsed = (Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double P(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(q * all.Length))];
        return new PhaseResult(all.Length, errors, all.Length / elapsed, P(0.50), P(0.99), all.Length == 0 ? 0 : all[^1]);
    }

    private static async Task<double?> PgBenchAsync(string conninfo, int seconds, CancellationToken ct)
    {
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, """
            \set id random(1, 10000)
            BEGIN;
            UPDATE bench_conversations SET msg_count = msg_count + 1, last_seen = now() WHERE id = :id;
            INSERT INTO bench_inbound (conv_id, body) VALUES (:id, 'a message of about sixty characters, like an SMS reply');
            END;
            """, ct);
        try
        {
            await PsqlAsync(conninfo, """
                DROP TABLE IF EXISTS bench_inbound, bench_conversations;
                CREATE TABLE bench_conversations (id int PRIMARY KEY, msg_count int NOT NULL DEFAULT 0, last_seen timestamptz);
                INSERT INTO bench_conversations (id) SELECT generate_series(1, 10000);
                CREATE TABLE bench_inbound (id bigserial PRIMARY KEY, conv_id int, body text, received_at timestamptz DEFAULT now());
                """, ct);
            var output = await RunAsync("pgbench", ["-n", "-c", "4", "-j", "2", "-T", seconds.ToString(CultureInfo.InvariantCulture), "-f", script, conninfo], ct);
            await PsqlAsync(conninfo, "DROP TABLE IF EXISTS bench_inbound, bench_conversations;", ct);
            var match = TpsPattern().Match(output);
            return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }
        finally { File.Delete(script); }
    }

    private static Task<string> PsqlAsync(string conninfo, string sql, CancellationToken ct) =>
        RunAsync("psql", ["-q", "-v", "ON_ERROR_STOP=1", "-c", sql, conninfo], ct);

    private static async Task<string> RunAsync(string file, string[] args, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stdout = await process.StandardOutput.ReadToEndAsync(ct);
        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} failed: {stderr}");
        return stdout + stderr;
    }

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex TpsPattern();
}
