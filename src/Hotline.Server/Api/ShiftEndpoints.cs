using System.Text.Json.Serialization;
using Hotline.Storage.Admin;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Server.Api;

/// <summary>
/// /api/shifts: the on-call rota. Times are ISO 8601 with an explicit offset; the rota is planned in Phnom Penh time
/// (+07:00) and answers come back in it. To change a shift, delete it and add the new one.
/// </summary>
public static class ShiftEndpoints
{
    public static readonly IReadOnlyList<string> Roles = ["primary", "backup"];
    public static readonly TimeSpan LongestShift = TimeSpan.FromDays(14);
    private static readonly TimeSpan LongestListing = TimeSpan.FromDays(62);

    public sealed record ShiftResponse(
        long Id,
        [property: JsonPropertyName("responder_id")] long ResponderId,
        [property: JsonPropertyName("responder_name")] string ResponderName,
        string Role,
        [property: JsonPropertyName("starts_at")] DateTimeOffset StartsAt,
        [property: JsonPropertyName("ends_at")] DateTimeOffset EndsAt)
    {
        public static ShiftResponse From(ShiftRecord s) =>
            new(s.Id, s.ResponderId, s.ResponderName, s.Role, ApiRules.InPhnomPenh(s.StartsAt), ApiRules.InPhnomPenh(s.EndsAt));
    }

    public sealed record ShiftRequest(
        [property: JsonPropertyName("responder_id")] long? ResponderId,
        string? Role,
        [property: JsonPropertyName("starts_at")] string? StartsAt,
        [property: JsonPropertyName("ends_at")] string? EndsAt);

    public static void MapShifts(this RouteGroupBuilder api)
    {
        var shifts = api.MapGroup("/shifts").WithTags("Shifts");

        shifts.MapGet("", async (ApiCaller caller, ShiftStore store, TimeProvider time, CancellationToken ct, [FromQuery] string? from, [FromQuery] string? to) =>
            {
                var errors = new ValidationErrors();
                var start = ApiRules.Timestamp(errors, "from", from, required: false);
                var end = ApiRules.Timestamp(errors, "to", to, required: false);
                if (errors.Any) return errors.ToResult();
                var since = start ?? time.GetUtcNow();
                var until = end ?? since.AddDays(7);
                if (until <= since) errors.Add("to", "Must be after 'from'.");
                else if (until - since > LongestListing) errors.Add("to", $"At most {LongestListing.TotalDays:0} days after 'from'.");
                if (errors.Any) return errors.ToResult();
                return Results.Ok((await store.ListAsync(caller.OrganisationId, since, until, ct)).Select(ShiftResponse.From));
            })
            .WithName("ListShifts").WithSummary("Shifts overlapping [from, to); by default the next 7 days.")
            .Produces<ShiftResponse[]>().ProducesValidationProblem();

        shifts.MapGet("/{id:long}", async (long id, ApiCaller caller, ShiftStore store, CancellationToken ct) =>
                await store.GetAsync(caller.OrganisationId, id, ct) is { } shift ? Results.Ok(ShiftResponse.From(shift)) : NotFound())
            .WithName("GetShift").Produces<ShiftResponse>().Produces<ApiError>(StatusCodes.Status404NotFound);

        shifts.MapPost("", async (ApiCaller caller, HttpRequest http, ApiRequests requests, ShiftStore store, TimeProvider time, CancellationToken ct) =>
            {
                var (request, problem) = await requests.ReadAsync<ShiftRequest>(http, ct);
                if (problem is not null) return problem;
                var errors = new ValidationErrors();
                if (request!.ResponderId is null) errors.Add("responder_id", "Required.");
                if (request.Role is null) errors.Add("role", "Required.");
                var role = ApiRules.OneOf(errors, "role", request.Role, Roles);
                var starts = ApiRules.Timestamp(errors, "starts_at", request.StartsAt, required: true);
                var ends = ApiRules.Timestamp(errors, "ends_at", request.EndsAt, required: true);
                if (starts is { } s && ends is { } e)
                {
                    if (e <= s) errors.Add("ends_at", "Must be after starts_at.");
                    else if (e - s > LongestShift) errors.Add("ends_at", $"A shift is at most {LongestShift.TotalDays:0} days long.");
                }
                if (errors.Any) return errors.ToResult();

                var shift = await store.CreateAsync(caller.OrganisationId, request.ResponderId!.Value, role!, starts!.Value, ends!.Value, caller.Actor, time.GetUtcNow(), ct);
                if (shift is null)
                {
                    errors.Add("responder_id", "No active responder with this id in your organisation.");
                    return errors.ToResult();
                }
                return Results.Created($"/api/shifts/{shift.Id}", ShiftResponse.From(shift));
            })
            .WithName("CreateShift").WithSummary("Put a responder on the rota as primary or backup (at most 14 days).")
            .Accepts<ShiftRequest>("application/json")
            .Produces<ShiftResponse>(StatusCodes.Status201Created).ProducesValidationProblem();

        shifts.MapDelete("/{id:long}", async (long id, ApiCaller caller, ShiftStore store, TimeProvider time, CancellationToken ct) =>
                await store.DeleteAsync(caller.OrganisationId, id, caller.Actor, time.GetUtcNow(), ct) ? Results.NoContent() : NotFound())
            .WithName("DeleteShift").Produces(StatusCodes.Status204NoContent).Produces<ApiError>(StatusCodes.Status404NotFound);
    }

    private static IResult NotFound() => Results.NotFound(new ApiError("not_found", "No shift with this id in your organisation."));
}
