using System.Text.Json.Serialization;
using Hotline.Storage.Admin;

namespace Hotline.Server.Api;

/// <summary>GET and PATCH /api/organisation: the caller's own organisation, what it takes and its escalation policy.</summary>
public static class OrganisationEndpoints
{
    public sealed record OrganisationResponse(
        long Id,
        string Name,
        string[] Needs,
        string[] Provinces,
        [property: JsonPropertyName("accepts_urgent")] bool AcceptsUrgent,
        [property: JsonPropertyName("ack_timeout_seconds")] int AckTimeoutSeconds,
        [property: JsonPropertyName("repeat_limit")] int RepeatLimit,
        [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt)
    {
        public static OrganisationResponse From(OrganisationRecord o) =>
            new(o.Id, o.Name, o.Needs, o.Provinces, o.AcceptsUrgent, o.AckTimeoutSeconds, o.RepeatLimit, ApiRules.InPhnomPenh(o.CreatedAt));
    }

    /// <summary>Every field is optional; what is left out stays as it is.</summary>
    public sealed record OrganisationPatch(
        string[]? Needs,
        string[]? Provinces,
        [property: JsonPropertyName("accepts_urgent")] bool? AcceptsUrgent,
        [property: JsonPropertyName("ack_timeout_seconds")] int? AckTimeoutSeconds,
        [property: JsonPropertyName("repeat_limit")] int? RepeatLimit);

    public static void MapOrganisation(this RouteGroupBuilder api)
    {
        api.MapGet("/organisation", async (ApiCaller caller, OrganisationStore store, CancellationToken ct) =>
                await store.GetAsync(caller.OrganisationId, ct) is { } organisation
                    ? Results.Ok(OrganisationResponse.From(organisation))
                    : Results.NotFound())
            .WithName("GetOrganisation").WithTags("Organisation").WithSummary("The organisation this API key belongs to.")
            .Produces<OrganisationResponse>();

        api.MapPatch("/organisation", async (ApiCaller caller, HttpRequest http, ApiRequests requests, OrganisationStore store, TimeProvider time, CancellationToken ct) =>
            {
                var (patch, problem) = await requests.ReadAsync<OrganisationPatch>(http, ct);
                if (problem is not null) return problem;
                var errors = new ValidationErrors();
                var changes = new OrganisationChanges(
                    ApiRules.TokenList(errors, "needs", patch!.Needs),
                    ApiRules.ProvinceList(errors, "provinces", patch.Provinces),
                    patch.AcceptsUrgent,
                    ApiRules.Range(errors, "ack_timeout_seconds", patch.AckTimeoutSeconds, 30, 86_400),
                    ApiRules.Range(errors, "repeat_limit", patch.RepeatLimit, 1, 10));
                if (errors.Any) return errors.ToResult();
                return await store.UpdateAsync(caller.OrganisationId, changes, caller.Actor, time.GetUtcNow(), ct) is { } updated
                    ? Results.Ok(OrganisationResponse.From(updated))
                    : Results.NotFound();
            })
            .WithName("UpdateOrganisation").WithTags("Organisation").WithSummary("Change what the organisation takes and its escalation policy.")
            .Accepts<OrganisationPatch>("application/json")
            .Produces<OrganisationResponse>().ProducesValidationProblem();
    }
}
