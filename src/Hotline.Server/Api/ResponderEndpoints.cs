using System.Text.Json.Serialization;
using Hotline.Storage.Admin;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Server.Api;

/// <summary>
/// /api/responders: the people who are paged. The phone is kept only as an encrypted contact and shown masked; the
/// PIN (for state-changing SMS commands) is kept only as a PBKDF2 hash and never returned.
/// </summary>
public static class ResponderEndpoints
{
    private static readonly string[] Roles = ["responder", "coordinator", "admin"];

    public sealed record ResponderResponse(
        long Id,
        string Name,
        [property: JsonPropertyName("phone_masked")] string PhoneMasked,
        string Role,
        string? Team,
        string[] Languages,
        string[] Provinces,
        string[] Services,
        [property: JsonPropertyName("has_pin")] bool HasPin,
        [property: JsonPropertyName("on_duty")] bool OnDuty,
        [property: JsonPropertyName("relay_by_sms")] bool RelayBySms,
        [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
        [property: JsonPropertyName("disabled_at")] DateTimeOffset? DisabledAt)
    {
        public static ResponderResponse From(ResponderRecord r) =>
            new(r.Id, r.Name, r.PhoneMasked, r.Role, r.Team, r.Languages, r.Provinces, r.Services, r.HasPin, r.OnDuty, r.RelayBySms,
                ApiRules.InPhnomPenh(r.CreatedAt), r.DisabledAt is { } d ? ApiRules.InPhnomPenh(d) : null);
    }

    /// <summary>Create: name and phone are required. Update: every field is optional; an empty team clears it.</summary>
    public sealed record ResponderRequest(
        string? Name,
        string? Phone,
        string? Role,
        string? Team,
        string[]? Languages,
        string[]? Provinces,
        string[]? Services,
        string? Pin,
        [property: JsonPropertyName("on_duty")] bool? OnDuty,
        [property: JsonPropertyName("relay_by_sms")] bool? RelayBySms);

    public static void MapResponders(this RouteGroupBuilder api)
    {
        var responders = api.MapGroup("/responders").WithTags("Responders");

        responders.MapGet("", async (ApiCaller caller, ResponderStore store, CancellationToken ct, [FromQuery(Name = "include_disabled")] string? includeDisabled) =>
            {
                var errors = new ValidationErrors();
                var withDisabled = ApiRules.Flag(errors, "include_disabled", includeDisabled);
                if (errors.Any) return errors.ToResult();
                return Results.Ok((await store.ListAsync(caller.OrganisationId, withDisabled ?? false, ct)).Select(ResponderResponse.From));
            })
            .WithName("ListResponders").WithSummary("The organisation's responders (disabled ones too with ?include_disabled=true).")
            .Produces<ResponderResponse[]>().ProducesValidationProblem();

        responders.MapGet("/{id:long}", async (long id, ApiCaller caller, ResponderStore store, CancellationToken ct) =>
                await store.GetAsync(caller.OrganisationId, id, ct) is { } responder ? Results.Ok(ResponderResponse.From(responder)) : NotFound())
            .WithName("GetResponder").Produces<ResponderResponse>().Produces<ApiError>(StatusCodes.Status404NotFound);

        responders.MapPost("", async (ApiCaller caller, HttpRequest http, ApiRequests requests, ResponderStore store, TimeProvider time, CancellationToken ct) =>
            {
                var (request, problem) = await requests.ReadAsync<ResponderRequest>(http, ct);
                if (problem is not null) return problem;
                var (fields, errors) = Validate(request!, creating: true);
                if (errors.Any) return errors.ToResult();
                var (result, id) = await store.CreateAsync(caller.OrganisationId, fields, caller.Actor, time.GetUtcNow(), ct);
                if (result == ResponderWrite.PhoneTaken) return PhoneTaken();
                var created = await store.GetAsync(caller.OrganisationId, id, ct);
                return Results.Created($"/api/responders/{id}", ResponderResponse.From(created!));
            })
            .WithName("CreateResponder").WithSummary("Register a responder (their phone becomes a contact the hotline can page).")
            .Accepts<ResponderRequest>("application/json")
            .Produces<ResponderResponse>(StatusCodes.Status201Created).ProducesValidationProblem().Produces<ApiError>(StatusCodes.Status409Conflict);

        responders.MapPatch("/{id:long}", async (long id, ApiCaller caller, HttpRequest http, ApiRequests requests, ResponderStore store, TimeProvider time, CancellationToken ct) =>
            {
                var (request, problem) = await requests.ReadAsync<ResponderRequest>(http, ct);
                if (problem is not null) return problem;
                var (fields, errors) = Validate(request!, creating: false);
                if (errors.Any) return errors.ToResult();
                return await store.UpdateAsync(caller.OrganisationId, id, fields, caller.Actor, time.GetUtcNow(), ct) switch
                {
                    ResponderWrite.NotFound => NotFound(),
                    ResponderWrite.PhoneTaken => PhoneTaken(),
                    _ => Results.Ok(ResponderResponse.From((await store.GetAsync(caller.OrganisationId, id, ct))!)),
                };
            })
            .WithName("UpdateResponder").Accepts<ResponderRequest>("application/json")
            .Produces<ResponderResponse>().ProducesValidationProblem()
            .Produces<ApiError>(StatusCodes.Status404NotFound).Produces<ApiError>(StatusCodes.Status409Conflict);

        responders.MapDelete("/{id:long}", async (long id, ApiCaller caller, ResponderStore store, TimeProvider time, CancellationToken ct) =>
                await store.DisableAsync(caller.OrganisationId, id, caller.Actor, time.GetUtcNow(), ct) == ResponderWrite.Done
                    ? Results.NoContent()
                    : NotFound())
            .WithName("DisableResponder").WithSummary("Disable a responder: off duty, never paged again; history is kept.")
            .Produces(StatusCodes.Status204NoContent).Produces<ApiError>(StatusCodes.Status404NotFound);
    }

    private static (ResponderFields Fields, ValidationErrors Errors) Validate(ResponderRequest request, bool creating)
    {
        var errors = new ValidationErrors();
        var name = ApiRules.Text(errors, "name", request.Name, 100, required: creating);
        if (!creating && name == "") errors.Add("name", "Must not be empty.");
        var pin = ApiRules.Pin(errors, "pin", request.Pin);
        var fields = new ResponderFields(
            name,
            ApiRules.Phone(errors, "phone", request.Phone, required: creating),
            ApiRules.OneOf(errors, "role", request.Role, Roles),
            ApiRules.Text(errors, "team", request.Team, 50, required: false),
            ApiRules.LanguageList(errors, "languages", request.Languages),
            ApiRules.ProvinceList(errors, "provinces", request.Provinces),
            ApiRules.TokenList(errors, "services", request.Services),
            // Hashing costs ~100,000 HMAC rounds: only once the rest of the request is known to be valid.
            pin is null || errors.Any ? null : ResponderPin.Hash(pin),
            request.OnDuty,
            request.RelayBySms);
        return (fields, errors);
    }

    private static IResult NotFound() => Results.NotFound(new ApiError("not_found", "No responder with this id in your organisation."));

    private static IResult PhoneTaken() =>
        Results.Conflict(new ApiError("phone_taken", "This phone number is already registered to a responder."));
}
