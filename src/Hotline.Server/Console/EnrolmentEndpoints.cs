using System.Globalization;
using Hotline.Storage.CheckIns;

namespace Hotline.Server.StaffConsole;

/// <summary>
/// /console/checkins: the organisation's check-in enrolments — reference, masked number, language form, plan, the next
/// round in the client's own time zone, the last answer, missed rounds, status and case worker. The case worker, or a
/// coordinator or admin, closes an enrolment (no more check-ins) through the same store as the admin API; audited.
/// </summary>
public static class EnrolmentEndpoints
{
    public static void MapEnrolmentPages(this RouteGroupBuilder console)
    {
        console.MapGet("/checkins", async (HttpContext context, ConsoleSession session, EnrolmentStore enrolments) =>
        {
            var labels = Labels.For(context);
            var staff = ConsoleSession.Staff(context);
            var list = await enrolments.ListAsync(staff.OrganisationId, context.RequestAborted);
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
            return ConsoleLayout.Page(context, labels, labels.CheckIns, Html.Of($"<h1>{labels.CheckIns}</h1>{table}"), staff,
                QueueEndpoints.SignOut(context, session, labels));
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

    private static Html CloseForm(HttpContext context, ConsoleSession session, Labels labels, long id) => Html.Of($"""
        <form method="post" action="/console/checkins/{id}/close">{session.Field(context)}<button type="submit" class="secondary">{labels.CloseEnrolment}</button></form>
        """);
}
