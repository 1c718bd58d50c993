using System.Net.Http.Json;
using System.Text;

namespace Hotline.Server.Cli;

/// <summary>
/// A terminal phone: each line you type is sent to the running service's simulator as a message from --number,
/// and replies are printed as they leave the outbox. For people who live in a shell.
/// </summary>
public static class ChatCommand
{
    private sealed record Line(long Id, string Direction, string Body, string Status);

    public static async Task<int> RunAsync(string[] args)
    {
        var url = CommandLine.Option(args, "--url", "http://127.0.0.1:5080").TrimEnd('/');
        var number = CommandLine.Option(args, "--number", "+85512000001");
        Console.OutputEncoding = Encoding.UTF8;
        Console.InputEncoding = Encoding.UTF8;
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(20) };
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };

        long after;
        try { after = (await FetchAsync(http, number, 0, stop.Token)).Select(l => l.Id).DefaultIfEmpty(0).Max(); }
        catch (HttpRequestException ex)
        {
            Console.Error.WriteLine($"Cannot reach the simulator at {url}/simulator ({ex.Message}). Is the service running with the simulator on?");
            return 1;
        }
        Console.WriteLine($"Chatting as {number} with {url}. Type a message and press Enter; Ctrl-D or Ctrl-C to leave.");

        var printer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    foreach (var line in await FetchAsync(http, number, Interlocked.Read(ref after), stop.Token))
                    {
                        Interlocked.Exchange(ref after, Math.Max(Interlocked.Read(ref after), line.Id));
                        if (line.Direction == "out") Console.WriteLine($"< {line.Body}");
                    }
                    await Task.Delay(400, stop.Token);
                }
                catch (OperationCanceledException) { break; }
                catch (HttpRequestException ex) { Console.Error.WriteLine($"(simulator unreachable: {ex.Message})"); await Task.Delay(2000); }
            }
        });

        while (!stop.IsCancellationRequested && await Console.In.ReadLineAsync(stop.Token) is { } text)
        {
            if (text.Length == 0) continue;
            var response = await http.PostAsJsonAsync("/simulator/api/send", new { from = number, body = text }, stop.Token);
            if (!response.IsSuccessStatusCode) Console.Error.WriteLine($"(not sent: {await response.Content.ReadAsStringAsync(stop.Token)})");
        }

        await Task.Delay(TimeSpan.FromSeconds(2)); // let the last replies arrive
        stop.Cancel();
        await printer;
        return 0;
    }

    private static async Task<IReadOnlyList<Line>> FetchAsync(HttpClient http, string number, long after, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/simulator/api/transcript", new { from = number, after }, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<List<Line>>(ct) ?? [];
    }
}
