using System.Text.Json.Serialization;
using Dapper;
using Hotline.Domain.CheckIns;
using Hotline.Domain.Language;
using Hotline.Server.CheckIns;
using Hotline.Server.Statistics;
using Hotline.Storage.CheckIns;
using Hotline.Storage.Statistics;
using Hotline.Storage.Tenancy;

namespace Hotline.Server.Api;

/// <summary>
/// Check-in enrolments (POST/GET /api/enrolments, POST /api/enrolments/{id}/close) and the outcome figures
/// (GET /api/checkins/outcomes, JSON or ?format=csv). No enrolment without recorded consent; the figures carry no
/// personal data.
/// </summary>
public static class EnrolmentEndpoints
{
    public sealed record ConsentRequest(
        [property: JsonPropertyName("by")] string? By,
        [property: JsonPropertyName("at")] DateTimeOffset? At,
        [property: JsonPropertyName("how")] string? How);

    public sealed record EnrolmentRequest(
        [property: JsonPropertyName("phone")] string? Phone,
        [property: JsonPropertyName("language")] string? Language,
        [property: JsonPropertyName("plan")] string? Plan,
        [property: JsonPropertyName("reintegrated_on")] DateOnly? ReintegratedOn,
        [property: JsonPropertyName("safe_days")] string[]? SafeDays,
        [property: JsonPropertyName("safe_from")] TimeOnly? SafeFrom,
        [property: JsonPropertyName("safe_to")] TimeOnly? SafeTo,
        [property: JsonPropertyName("time_zone")] string? TimeZone,
        [property: JsonPropertyName("consent")] ConsentRequest? Consent,
        [property: JsonPropertyName("code_word")] string? CodeWord,
        [property: JsonPropertyName("duress_word")] string? DuressWord,
        [property: JsonPropertyName("case_worker_id")] long? CaseWorkerId);

    public sealed record EnrolmentCreated(
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("first_checkin_at")] DateTimeOffset FirstCheckInAt);

    public static RouteGroupBuilder MapEnrolments(this RouteGroupBuilder api)
    {
        api.MapPost("/enrolments", async (ApiCaller caller, HttpRequest http, ApiRequests requests, CheckInStore store, CheckInSettings settings,
            TimeProvider time, CancellationToken ct) =>
        {
            var (request, problem) = await requests.ReadAsync<EnrolmentRequest>(http, ct);
            if (problem is not null) return problem;
            var errors = new ValidationErrors();
            var enrolment = EnrolmentRules.Check(Fields(request!), caller.OrganisationId, settings.Content, errors);
            if (enrolment is null) return errors.ToResult();

            try
            {
                var (id, first) = await store.EnrolAsync(enrolment, settings.Content.Plans[enrolment.Plan], time.GetUtcNow(), ct);
                return Results.Created($"/api/enrolments/{id}", new EnrolmentCreated(id, first.ToOffset(ApiRules.PhnomPenhOffset)));
            }
            catch (CheckInStore.AlreadyEnrolledException)
            {
                return Results.Conflict(new { error = "This number already has an active enrolment." });
            }
        })
        .WithTags("Check-ins").WithSummary("Enrol a client for discreet check-ins (consent required).")
        .Accepts<EnrolmentRequest>("application/json");

        api.MapPost("/enrolments/import", async (ApiCaller caller, HttpRequest http, EnrolmentImport import, TimeProvider time, CancellationToken ct) =>
        {
            using var reader = new StreamReader(http.Body);
            var report = await import.ImportAsync(await reader.ReadToEndAsync(ct), caller.OrganisationId, caller.Actor, time.GetUtcNow(), ct);
            return report.Imported
                ? Results.Ok(new { enrolled = report.Enrolled, already_enrolled = report.AlreadyEnrolled })
                : Results.BadRequest(new { error = "Nothing was imported.", problems = report.Problems.Select(p => new { line = p.Line, message = p.Message }) });
        })
        .WithTags("Check-ins").WithSummary("Import enrolments from CSV (text/csv body; columns in docs/checkins.md): all or nothing, a problem list "
            + "by line otherwise; importing the same file again enrols nobody twice.");

        api.MapGet("/enrolments", async (ApiCaller caller, TenantDatabase tenants, CancellationToken ct) =>
        {
            await using var tenant = await tenants.BeginAsync(caller.OrganisationId, ct);
            var rows = await tenant.Connection.QueryAsync(
                """
                SELECT e.id, e.language, e.plan, e.reintegrated_on, e.status, e.time_zone,
                       (SELECT min(send_at) FROM checkins k WHERE k.enrolment_id = e.id AND k.status = 'scheduled') AS next_checkin_at,
                       (SELECT count(*) FROM checkins k WHERE k.enrolment_id = e.id AND k.status = 'answered') AS answered,
                       (SELECT count(*) FROM checkins k WHERE k.enrolment_id = e.id AND k.status = 'missed') AS missed
                FROM enrolments e WHERE e.organisation_id = @org ORDER BY e.id
                """, new { org = caller.OrganisationId }, tenant.Transaction);
            return Results.Ok(rows);
        }).WithTags("Check-ins").WithSummary("Enrolments of your organisation (no phone numbers).");

        api.MapPost("/enrolments/{id:long}/close", async (long id, ApiCaller caller, EnrolmentStore enrolments, TimeProvider time, CancellationToken ct) =>
            await enrolments.CloseAsync(caller.OrganisationId, id, caseWorkerId: null, caller.Actor, time.GetUtcNow(), ct)
                ? Results.NoContent() : Results.NotFound(new { error = "No such open enrolment in your organisation." }))
            .WithTags("Check-ins").WithSummary("Close an enrolment: no more check-ins.");

        api.MapGet("/checkins/outcomes", async (ApiCaller caller, string? format, CheckInOutcomeStore outcomes, CheckInSettings settings, CancellationToken ct) =>
        {
            var income = settings.Content.Income;
            var low = income.LowIncomeCents;
            var report = OutcomeReport.Build(await outcomes.ReadAsync(caller.OrganisationId, low, ct), await outcomes.ReadOverallAsync(low, ct), income);
            return format == "csv" ? Results.Text(report.ToCsv(), "text/csv") : Results.Ok(report);
        }).WithTags("Check-ins").WithSummary("Outcome figures, your organisation's and overall (small counts hidden): reached vs not reached by round; "
            + "employment, income bands and the share below the threshold by months since reintegration; needs by component. No personal data. ?format=csv for CSV.");
        return api;
    }

    /// <summary>A JSON enrolment (or the console's enrol form, read into the same shape) as the rules check it.</summary>
    public static EnrolmentFields Fields(EnrolmentRequest r) =>
        new(r.Phone, r.Language, r.Plan, r.ReintegratedOn, r.SafeDays, r.SafeFrom, r.SafeTo, r.TimeZone, r.Consent?.By, r.Consent?.At, r.Consent?.How,
            r.CodeWord, r.DuressWord, r.CaseWorkerId);
}
