using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Hotline.Bench;

/// <summary>`null-provider --port N`: a provider stand-in on 127.0.0.1 that accepts every message (201) and keeps
/// nothing, so a load run measures the hotline and not a network.</summary>
public sealed class NullProvider : IBenchmarkCommand
{
    public string Name => "null-provider";
    public string Description => "a Messages API stand-in on 127.0.0.1 that accepts everything (for load runs)";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var port = args.Length > 1 && args[0] == "--port" ? args[1] : "5099";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        long n = 0;
        app.MapPost("/2010-04-01/Accounts/{sid}/Messages.json", (string sid) =>
            Results.Json(new { sid = $"SM{Interlocked.Increment(ref n):D32}", status = "queued", num_segments = "1" }, statusCode: 201));
        await app.RunAsync(ct);
        return 0;
    }
}
