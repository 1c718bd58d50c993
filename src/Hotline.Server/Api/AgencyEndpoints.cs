using Hotline.Domain.Conversations;
using Hotline.Server.Startup;
using Hotline.Storage.Agencies;

namespace Hotline.Server.Api;

/// <summary>POST /api/agencies/import: the licensed-agency register as CSV (text/csv body). Refused whole, with every
/// problem and its line, when anything is wrong; on success the service answers from it at once.</summary>
public static class AgencyEndpoints
{
    public sealed record ImportProblem(int Line, string Message);
    public sealed record ImportResult(long RegisterId, int Agencies);

    public static RouteGroupBuilder MapAgencies(this RouteGroupBuilder api)
    {
        api.MapPost("/agencies/import", async (HttpRequest request, ApiCaller caller, AgencyRegisterStore store, IConversationEngine engine,
            TimeProvider time, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var csv = await reader.ReadToEndAsync(ct);
            var result = await store.ImportAsync(csv, caller.Actor, time.GetUtcNow(), ct, caller.OrganisationId);
            if (!result.Imported)
                return Results.BadRequest(new { error = "The register was not imported.", problems = result.Errors.Select(e => new ImportProblem(e.Line, e.Message)) });
            if (engine is ContentEngineHost host) await host.RefreshAgenciesAsync(ct);
            return Results.Ok(new ImportResult(result.RegisterId!.Value, result.Rows));
        })
        .WithTags("Agencies")
        .WithSummary("Import the licensed-agency register: the CSV file as the request body (text/csv)");
        return api;
    }
}
