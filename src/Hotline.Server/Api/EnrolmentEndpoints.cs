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
            var (enrolment, plan) = Validate(request!, caller.OrganisationId, settings, errors);
            if (errors.Any) return errors.ToResult();

            try
            {
                var (id, first) = await store.EnrolAsync(enrolment!, plan!, time.GetUtcNow(), ct);
                return Results.Created($"/api/enrolments/{id}", new EnrolmentCreated(id, first.ToOffset(ApiRules.PhnomPenhOffset)));
            }
            catch (CheckInStore.AlreadyEnrolledException)
            {
                return Results.Conflict(new { error = "This number already has an active enrolment." });
            }
        })
        .WithTags("Check-ins").WithSummary("Enrol a client for discreet check-ins (consent required).")
        .Accepts<EnrolmentRequest>("application/json");

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

        api.MapGet("/checkins/outcomes", async (ApiCaller caller, string? format, CheckInOutcomeStore outcomes, CancellationToken ct) =>
        {
            var figures = await outcomes.ForOrganisationAsync(caller.OrganisationId, since: null, ct);
            if (format == "csv")
                return Results.Text(StatisticsCsv.Write(StatisticsStore.CheckInTables(figures).Single(t => t.Name == "checkins_by_months_since_reintegration")), "text/csv");
            var rows = figures.ByMonthsSinceReintegration;
            return Results.Ok(new
            {
                by_months_since_reintegration = rows.Select(r => new { months = r.Key, sent = r.Sent, reached = r.Reached, not_reached = r.NotReached, good = r.Good, ok = r.Ok, would_like_to_talk = r.Talk }),
                followup_tasks = figures.FollowUpTasks.ToDictionary(t => t.Kind, t => t.Count),
            });
        }).WithTags("Check-ins").WithSummary("Outcome figures: reached vs not reached and how people are doing, by months since reintegration. No personal data.");
        return api;
    }

    /// <summary>The rules for a new enrolment, shared by the API and the console's enrol form: a number, a language
    /// form, a plan, the reintegration date, recorded consent (who, when, how), a valid safe window, and a duress word
    /// unlike the code word. Adds what is wrong to <paramref name="errors"/>; the enrolment is null when anything is.</summary>
    public static (NewEnrolment? Enrolment, CheckInPlan? Plan) Validate(EnrolmentRequest request, long organisationId, CheckInSettings settings,
        ValidationErrors errors)
    {
        var phone = ApiRules.Phone(errors, "phone", request.Phone, required: true);
        if (!LanguageForms.TryParse(request.Language, out var language)) errors.Add("language", "One of km, km-Latn, en.");
        if (request.Plan is null || !settings.Content.Plans.TryGetValue(request.Plan, out var plan))
        {
            errors.Add("plan", $"One of: {string.Join(", ", settings.Content.Plans.Keys)}.");
            plan = null;
        }
        if (request.ReintegratedOn is null) errors.Add("reintegrated_on", "Required (yyyy-mm-dd).");
        if (request.Consent is not { By.Length: > 0, At: not null, How.Length: > 0 })
            errors.Add("consent", "No enrolment without consent: give consent.by, consent.at and consent.how.");
        var days = new HashSet<DayOfWeek>();
        foreach (var d in request.SafeDays ?? ["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
            if (ParseDay(d) is { } day) days.Add(day); else errors.Add("safe_days", $"'{d}' is not a day (mon … sun).");
        var window = new SafeWindow(days, request.SafeFrom ?? new TimeOnly(9, 0), request.SafeTo ?? new TimeOnly(18, 0), request.TimeZone ?? "Asia/Phnom_Penh");
        foreach (var p in window.Validate()) errors.Add("safe_hours", p);
        if (request.DuressWord is { Length: > 0 } duress && request.CodeWord is { Length: > 0 } code
            && TextNormaliser.Key(duress) == TextNormaliser.Key(code))
            errors.Add("duress_word", "Must differ from the code word.");
        if (errors.Any) return (null, null);
        return (new NewEnrolment(organisationId, phone!, language, request.Plan!, request.ReintegratedOn!.Value, window, request.Consent!.By!,
            request.Consent.At!.Value, request.Consent.How!, request.CodeWord, request.DuressWord, request.CaseWorkerId), plan);
    }

    private static DayOfWeek? ParseDay(string value) => value.Trim().ToLowerInvariant()[..Math.Min(3, value.Trim().Length)] switch
    {
        "mon" => DayOfWeek.Monday, "tue" => DayOfWeek.Tuesday, "wed" => DayOfWeek.Wednesday, "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday, "sat" => DayOfWeek.Saturday, "sun" => DayOfWeek.Sunday, _ => null,
    };
}
