using System.Text.Json.Serialization;
using Hotline.Storage.Admin;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Server.Api;

/// <summary>GET /api/cases and /api/cases/{code}: the organisation's cases, their timings and SLA figures. The
/// person's number is masked and nothing anyone wrote is included.</summary>
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
                code.Length <= 16 && code.All(char.IsAsciiLetterOrDigit)
                && await store.GetAsync(caller.OrganisationId, code, ct) is { } found
                    ? Results.Ok(CaseResponse.From(found))
                    : Results.NotFound(new ApiError("not_found", "No case with this code in your organisation.")))
            .WithName("GetCase").Produces<CaseResponse>().Produces<ApiError>(StatusCodes.Status404NotFound);
    }
}
