namespace Hotline.Server.Simulator;

/// <summary>/simulator (the page) and its JSON calls. Numbers travel in POST bodies, never in URLs.</summary>
public static class SimulatorEndpoints
{
    public sealed record SendRequest(string? From, string? Body);
    public sealed record TranscriptRequest(string? From, long After);

    public static void MapSimulator(this IEndpointRouteBuilder app)
    {
        app.MapGet("/simulator", () => Results.Redirect("/simulator/index.html")).ExcludeFromDescription();
        app.MapPost("/simulator/api/send", async (SendRequest request, SimulatorService simulator, CancellationToken ct) =>
        {
            if (SimulatorService.ValidateNumber(request.From) is { } numberError) return Results.BadRequest(new { error = numberError });
            if (request.Body is null) return Results.BadRequest(new { error = "Type a message." });
            if (request.Body.Length > SimulatorService.MaxBodyLength) return Results.BadRequest(new { error = $"A message can be at most {SimulatorService.MaxBodyLength} characters." });
            var outcome = await simulator.SendAsync(request.From!, request.Body, ct);
            return Results.Ok(new { outcome = outcome.ToString() });
        }).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/simulator/api/transcript", async (TranscriptRequest request, SimulatorService simulator, CancellationToken ct) =>
        {
            if (SimulatorService.ValidateNumber(request.From) is { } numberError) return Results.BadRequest(new { error = numberError });
            var lines = await simulator.TranscriptAsync(request.From!, request.After, ct);
            return Results.Ok(lines.Select(l => new { l.Id, l.Direction, l.Body, l.Status, l.Segments, l.CreatedAt }));
        }).DisableAntiforgery().ExcludeFromDescription();
    }
}
