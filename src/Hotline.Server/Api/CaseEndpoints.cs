using System.Text.Json.Serialization;
using Hotline.Storage.Admin;
using Hotline.Storage.Cases;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Server.Api;

/// <summary>GET /api/cases and /api/cases/{code}: the organisation's cases, their timings and SLA figures. The
/// person's number is masked and nothing anyone wrote is included. POST …/assign and …/close change a case the way
/// the console does (audited); another organisation's case is not found.</summary>
public static class CaseEndpoints
{
    private static readonly string[] Statuses = ["open", "assigned", "closed"];
    private static readonly string[] Kinds = ["urgent", "help"];
    private const int DefaultLimit = 100;
    private const int MaxLimit = 500;

    public sealed record SlaResponse(
        [property: JsonPropertyName("time_to_page_seconds")] double? TimeToPageSeconds,
        [property: JsonPropertyName("time_to_ack_seconds")] double? TimeToAckSeconds,
        [property: JsonPropertyName("time_to_first_reply_seconds")] double? TimeToFirstReplySeconds);

    public sealed record CaseResponse(
        string Code,
        string Kind,
        string? Need,
        string? Province,
        string? Reason,
        string Status,
        [property: JsonPropertyName("assigned_responder_id")] long? AssignedResponderId,
        [property: JsonPropertyName("consent_to_share")] bool? ConsentToShare,
        [property: JsonPropertyName("contact_masked")] string ContactMasked,
        [property: JsonPropertyName("opened_at")] DateTimeOffset OpenedAt,
        [property: JsonPropertyName("first_paged_at")] DateTimeOffset? FirstPagedAt,
        [property: JsonPropertyName("acked_at")] DateTimeOffset? AckedAt,
        [property: JsonPropertyName("first_reply_at")] DateTimeOffset? FirstReplyAt,
        [property: JsonPropertyName("closed_at")] DateTimeOffset? ClosedAt,
        string? Outcome,
        [property: JsonPropertyName("escalation_step")] int EscalationStep,
        [property: JsonPropertyName("escalation_round")] int EscalationRound,
        SlaResponse Sla)
    {
        public static CaseResponse From(CaseRecord c) => new(
            c.Code, c.Kind, c.Need, c.Province, c.Reason, c.Status, c.AssignedResponderId, c.ConsentToShare, c.ContactMasked,
            ApiRules.InPhnomPenh(c.OpenedAt), Local(c.FirstPagedAt), Local(c.AckedAt), Local(c.FirstReplyAt), Local(c.ClosedAt), c.Outcome,
            c.EscalationStep, c.EscalationRound,
            new SlaResponse(Since(c.OpenedAt, c.FirstPagedAt), Since(c.OpenedAt, c.AckedAt), Since(c.OpenedAt, c.FirstReplyAt)));

        private static DateTimeOffset? Local(DateTimeOffset? t) => t is { } v ? ApiRules.InPhnomPenh(v) : null;

        private static double? Since(DateTimeOffset opened, DateTimeOffset? t) => t is { } v ? Math.Round((v - opened).TotalSeconds, 1) : null;
    }

    public sealed record AssignRequest([property: JsonPropertyName("responder_id")] long? ResponderId);

    public sealed record CloseRequest(string? Outcome);

    public static void MapCases(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");

        cases.MapGet("", async (ApiCaller caller, CaseReadStore store, CancellationToken ct, [FromQuery] string? status, [FromQuery] string? kind, [FromQuery] string? limit) =>
            {
                var errors = new ValidationErrors();
                ApiRules.OneOf(errors, "status", status, Statuses);
                ApiRules.OneOf(errors, "kind", kind, Kinds);
                var count = ApiRules.Integer(errors, "limit", limit, 1, MaxLimit);
                if (errors.Any) return errors.ToResult();
                return Results.Ok((await store.ListAsync(caller.OrganisationId, status, kind, count ?? DefaultLimit, ct)).Select(CaseResponse.From));
            })
            .WithName("ListCases").WithSummary("The organisation's cases, newest first (?status=open|assigned|closed, ?kind=urgent|help, ?limit=).")
            .Produces<CaseResponse[]>().ProducesValidationProblem();

        cases.MapGet("/{code}", async (string code, ApiCaller caller, CaseReadStore store, CancellationToken ct) =>
                IsCode(code) && await store.GetAsync(caller.OrganisationId, code, ct) is { } found
                    ? Results.Ok(CaseResponse.From(found))
                    : NotFound())
            .WithName("GetCase").Produces<CaseResponse>().Produces<ApiError>(StatusCodes.Status404NotFound);

        cases.MapPost("/{code}/assign", async (string code, ApiCaller caller, HttpRequest http, ApiRequests requests, CaseAdminStore admin,
                CaseReadStore store, TimeProvider time, CancellationToken ct) =>
            {
                var (request, problem) = await requests.ReadAsync<AssignRequest>(http, ct);
                if (problem is not null) return problem;
                if (request!.ResponderId is not { } responderId)
                {
                    var errors = new ValidationErrors();
                    errors.Add("responder_id", "Required.");
                    return errors.ToResult();
                }
                if (!IsCode(code)) return NotFound();
                return await ResultAsync(await admin.AssignAsync(caller.OrganisationId, code, responderId, caller.Actor, time.GetUtcNow(), ct),
                    caller, code, store, ct);
            })
            .WithName("AssignCase").WithSummary("Assign a case that is not closed to an active responder of your organisation; paging stops.")
            .Accepts<AssignRequest>("application/json")
            .Produces<CaseResponse>().ProducesValidationProblem()
            .Produces<ApiError>(StatusCodes.Status404NotFound).Produces<ApiError>(StatusCodes.Status409Conflict);

        cases.MapPost("/{code}/close", async (string code, ApiCaller caller, HttpRequest http, ApiRequests requests, CaseAdminStore admin,
                CaseReadStore store, TimeProvider time, CancellationToken ct) =>
            {
                var (request, problem) = await requests.ReadAsync<CloseRequest>(http, ct);
                if (problem is not null) return problem;
                var errors = new ValidationErrors();
                if (request!.Outcome is null) errors.Add("outcome", "Required.");
                var outcome = ApiRules.OneOf(errors, "outcome", request.Outcome, CaseChanges.Outcomes);
                if (errors.Any) return errors.ToResult();
                if (!IsCode(code)) return NotFound();
                return await ResultAsync(await admin.CloseAsync(caller.OrganisationId, code, outcome!, caller.Actor, time.GetUtcNow(), ct),
                    caller, code, store, ct);
            })
            .WithName("CloseCase").WithSummary("Close a case with an outcome: resolved, referred, unreachable, not_needed or duplicate.")
            .Accepts<CloseRequest>("application/json")
            .Produces<CaseResponse>().ProducesValidationProblem()
            .Produces<ApiError>(StatusCodes.Status404NotFound).Produces<ApiError>(StatusCodes.Status409Conflict);
    }

    private static bool IsCode(string code) => code.Length <= 16 && code.All(char.IsAsciiLetterOrDigit);

    private static IResult NotFound() => Results.NotFound(new ApiError("not_found", "No case with this code in your organisation."));

    private static async Task<IResult> ResultAsync(CaseWrite result, ApiCaller caller, string code, CaseReadStore store, CancellationToken ct) => result switch
    {
        CaseWrite.Done => Results.Ok(CaseResponse.From((await store.GetAsync(caller.OrganisationId, code, ct))!)),
        CaseWrite.ResponderNotFound => Results.NotFound(new ApiError("responder_not_found", "No active responder with this id in your organisation.")),
        CaseWrite.Closed => Results.Conflict(new ApiError("case_closed", "The case is closed already.")),
        _ => NotFound(),
    };
}
