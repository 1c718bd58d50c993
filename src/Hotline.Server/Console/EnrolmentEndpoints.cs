using System.Globalization;
using Hotline.Domain.Cases;
using Hotline.Server.Api;
using Hotline.Server.CheckIns;
using Hotline.Storage.Admin;
using Hotline.Storage.CheckIns;
using Hotline.Storage.Identity;

namespace Hotline.Server.StaffConsole;

/// <summary>
/// /console/checkins: the organisation's check-in enrolments — reference, masked number, language form, plan, the next
/// round in the client's own time zone, the last answer, missed rounds, status and case worker. The case worker, or a
/// coordinator or admin, closes an enrolment (no more check-ins) through the same store as the admin API; audited.
/// Any member of staff enrols a client with the form below the list, checked by the API's rules (consent required).
/// </summary>
public static class EnrolmentEndpoints
{
    public static void MapEnrolmentPages(this RouteGroupBuilder console)
    {
        console.MapGet("/checkins", (HttpContext context, ConsoleSession session, EnrolmentStore enrolments, ResponderStore responders,
            CheckInSettings settings) => PageAsync(context, session, enrolments, responders, settings, problems: []));

        console.MapPost("/checkins/enrol", async (HttpContext context, ConsoleSession session, EnrolmentStore enrolments, ResponderStore responders,
            CheckInSettings settings, CheckInStore store, ConsoleCaseStore cases, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            var staff = ConsoleSession.Staff(context);
            var errors = new ValidationErrors();
            var request = Request(form, errors);
            var enrolment = EnrolmentRules.Check(Api.EnrolmentEndpoints.Fields(request), staff.OrganisationId, settings.Content, errors);
            // The case worker must be a responder of this organisation (the form only offers those).
            if (request.CaseWorkerId is { } worker && await responders.GetAsync(staff.OrganisationId, worker, context.RequestAborted) is null)
                errors.Add("case_worker_id", "Not a responder of your organisation.");
            if (errors.Any) return await PageAsync(context, session, enrolments, responders, settings, errors.Messages.ToList());
            var now = time.GetUtcNow();
            try
            {
                var (id, _) = await store.EnrolAsync(enrolment!, settings.Content.Plans[enrolment!.Plan], now, CancellationToken.None);
                await cases.AuditAsync(staff, "enrolment.create", "enrolment:" + id, now, CancellationToken.None);
            }
            catch (CheckInStore.AlreadyEnrolledException)
            {
                return await PageAsync(context, session, enrolments, responders, settings, ["phone: This number already has an active enrolment."]);
            }
            context.Response.Headers.Location = "/console/checkins";
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        });

        console.MapPost("/checkins/{id:long}/close", async (long id, HttpContext context, ConsoleSession session, EnrolmentStore enrolments, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            var staff = ConsoleSession.Staff(context);
            // A coordinator or admin closes any enrolment of the organisation; anyone else only their own as case worker.
            var onlyCaseWorker = staff.IsManager ? (long?)null : staff.ResponderId ?? -1;
            if (!await enrolments.CloseAsync(staff.OrganisationId, id, onlyCaseWorker, staff.Actor, time.GetUtcNow(), CancellationToken.None))
                return Results.NotFound();
            context.Response.Headers.Location = "/console/checkins";
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        });
    }

    /// <summary>The list and the enrol form; with <paramref name="problems"/>, shown above the form with status 400 (nothing
    /// was enrolled, and nothing typed is echoed back: the number and the words are not put into the page again).</summary>
    private static async Task<IResult> PageAsync(HttpContext context, ConsoleSession session, EnrolmentStore enrolments, ResponderStore responders,
        CheckInSettings settings, IReadOnlyList<string> problems)
    {
        var labels = Labels.For(context);
        var staff = ConsoleSession.Staff(context);
        var list = await enrolments.ListAsync(staff.OrganisationId, context.RequestAborted);
        var workers = await responders.ListAsync(staff.OrganisationId, includeDisabled: false, context.RequestAborted);
        var rows = Html.Join(list.Select(e => Html.Of($"""
            <tr class="{e.Status}">
            <td>E{e.Id}</td><td>{e.PhoneMasked}</td><td>{e.Language}</td><td>{e.Plan}</td>
            <td>{(e.NextCheckInLocal is { } next ? $"{next.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({e.TimeZone})" : "–")}</td>
            <td>{e.LastAnswer ?? "–"}{(e.LastAnsweredAt is { } at ? $" · {ConsoleLayout.Time(at)}" : "")}</td>
            <td>{e.Missed}</td><td>{e.Status}</td><td>{e.CaseWorkerName ?? "–"}</td>
            <td>{(e.Status != "closed" && (staff.IsManager || (staff.ResponderId is { } me && me == e.CaseWorkerId)) ? CloseForm(context, session, labels, e.Id) : Html.Empty)}</td>
            </tr>
            """)));
        var table = list.Count == 0 ? Html.Of($"<p class=\"empty\">{labels.NoEnrolments}</p>") : Html.Of($"""
            <div class="scroll"><table class="figures enrolments">
            <thead><tr><th>{labels.Reference}</th><th>{labels.Number}</th><th>{labels.Language}</th><th>{labels.Plan}</th><th>{labels.NextCheckIn}</th>
            <th>{labels.LastAnswer}</th><th>{labels.Missed}</th><th>{labels.Status}</th><th>{labels.CaseWorker}</th><th></th></tr></thead>
            <tbody>{rows}</tbody>
            </table></div>
            """);
        var body = Html.Of($"""
            <h1>{labels.CheckIns}</h1>
            {table}
            {EnrolForm(context, session, labels, settings, workers, staff, problems)}
            """);
        return ConsoleLayout.Page(context, labels, labels.CheckIns, body, staff, QueueEndpoints.SignOut(context, session, labels),
            statusCode: problems.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static Html EnrolForm(HttpContext context, ConsoleSession session, Labels labels, CheckInSettings settings,
        IReadOnlyList<ResponderRecord> workers, StaffUser staff, IReadOnlyList<string> problems)
    {
        var errors = problems.Count == 0 ? Html.Empty
            : Html.Of($"<ul class=\"error\" role=\"alert\">{Html.Join(problems.Select(p => Html.Of($"<li>{p}</li>")))}</ul>");
        var languages = Html.Join(new[] { "km", "km-Latn", "en" }.Select(l => Html.Of($"<option value=\"{l}\">{l}</option>")));
        var plans = Html.Join(settings.Content.Plans.Keys.Select(p => Html.Of($"<option value=\"{p}\">{p}</option>")));
        var days = Html.Join(Days.Select(d => Html.Of($"<label class=\"day\"><input type=\"checkbox\" name=\"safe_days\" value=\"{d}\" checked> {d}</label>")));
        var caseWorkers = Html.Join(workers.Select(r => r.Id == staff.ResponderId
            ? Html.Of($"<option value=\"{r.Id}\" selected>{r.Name}</option>")
            : Html.Of($"<option value=\"{r.Id}\">{r.Name}</option>")));
        return Html.Of($"""
            <form method="post" action="/console/checkins/enrol" class="card" autocomplete="off">
            <h2>{labels.Enrol}</h2>
            {errors}
            {session.Field(context)}
            <label>{labels.Phone}<input type="tel" name="phone" required placeholder="+855…"></label>
            <label>{labels.Language}<select name="language">{languages}</select></label>
            <label>{labels.Plan}<select name="plan">{plans}</select></label>
            <label>{labels.ReintegratedOn}<input type="date" name="reintegrated_on" required></label>
            <fieldset><legend>{labels.SafeHours}</legend>
            <div class="days">{days}</div>
            <label>{labels.From}<input type="time" name="safe_from" value="09:00" required></label>
            <label>{labels.To}<input type="time" name="safe_to" value="18:00" required></label>
            <label>{labels.TimeZone}<input name="time_zone" value="Asia/Phnom_Penh" required></label>
            </fieldset>
            <fieldset><legend>{labels.EnrolConsent}</legend>
            <label>{labels.ConsentBy}<input name="consent_by" required maxlength="100"></label>
            <label>{labels.ConsentAt}<input type="datetime-local" name="consent_at" required></label>
            <label>{labels.ConsentHow}<input name="consent_how" required maxlength="100"></label>
            </fieldset>
            <label>{labels.CodeWord}<input name="code_word" maxlength="40"></label>
            <label>{labels.DuressWord}<input name="duress_word" maxlength="40"></label>
            <label>{labels.CaseWorker}<select name="case_worker_id"><option value="">–</option>{caseWorkers}</select></label>
            <button type="submit">{labels.Enrol}</button>
            </form>
            """);
    }

    private static readonly string[] Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>The form as the API's request, so the same rules check it. Times are Phnom Penh clock time.</summary>
    private static Api.EnrolmentEndpoints.EnrolmentRequest Request(IFormCollection form, ValidationErrors errors)
    {
        string? Text(string name) => form[name].ToString().Trim() is { Length: > 0 } value ? value : null;
        T? Parse<T>(string name, string what, Func<string, T?> parse) where T : struct
        {
            if (Text(name) is not { } text) return null;
            if (parse(text) is { } parsed) return parsed;
            errors.Add(name, what);
            return null;
        }
        var reintegrated = Parse("reintegrated_on", "A date (yyyy-mm-dd).",
            t => DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null);
        var from = Parse("safe_from", "A time (hh:mm).", ParseTime);
        var to = Parse("safe_to", "A time (hh:mm).", ParseTime);
        var consentAt = Parse("consent_at", "A date and a time.", t => DateTime.TryParseExact(t, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? PhnomPenhTime.ToInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local)) : (DateTimeOffset?)null);
        var caseWorker = Parse("case_worker_id", "Choose a case worker.",
            t => long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null);
        return new Api.EnrolmentEndpoints.EnrolmentRequest(Text("phone"), Text("language"), Text("plan"), reintegrated,
            form["safe_days"].Select(d => d ?? "").ToArray(), from, to, Text("time_zone"),
            new Api.EnrolmentEndpoints.ConsentRequest(Text("consent_by"), consentAt, Text("consent_how")),
            Text("code_word"), Text("duress_word"), caseWorker);
    }

    private static TimeOnly? ParseTime(string text) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    private static Html CloseForm(HttpContext context, ConsoleSession session, Labels labels, long id) => Html.Of($"""
        <form method="post" action="/console/checkins/{id}/close">{session.Field(context)}<button type="submit" class="secondary">{labels.CloseEnrolment}</button></form>
        """);
}
