using System.Globalization;
using Hotline.Domain.Cases;
using Hotline.Server.Api;
using Hotline.Storage.Admin;
using Hotline.Storage.Identity;

namespace Hotline.Server.StaffConsole;

/// <summary>
/// /console/rota: who is on call now (everyone signed in sees it, from the same query as GET /api/oncall/now) and the
/// shifts of the next 14 days. Coordinators and admins add and remove shifts, in Phnom Penh time, through the same
/// store and rules as the admin API (a responder of the same organisation, end after start, at most 14 days), so
/// every change is audited the same way. A responder's account sees no form, and a form posted anyway is refused.
/// </summary>
public static class RotaEndpoints
{
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(14);
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    public static void MapRota(this RouteGroupBuilder console)
    {
        console.MapGet("/rota", (HttpContext context, ConsoleSession session, ShiftStore shifts, ResponderStore responders, TimeProvider time) =>
            PageAsync(context, session, shifts, responders, time, error: null));

        console.MapPost("/rota/shifts", async (HttpContext context, ConsoleSession session, ShiftStore shifts, ResponderStore responders, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            var staff = ConsoleSession.Staff(context);
            if (!staff.IsManager) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var labels = Labels.For(context);
            var starts = LocalTime(form["starts_at"]);
            var ends = LocalTime(form["ends_at"]);
            var role = form["role"].ToString();
            string? error = null;
            if (starts is null || ends is null || !ShiftEndpoints.Roles.Contains(role)) error = labels.ShiftTimesInvalid;
            else if (ends <= starts) error = labels.ShiftEndBeforeStart;
            else if (ends - starts > ShiftEndpoints.LongestShift) error = labels.ShiftTooLong;
            else if (!long.TryParse(form["responder_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var responderId)
                     || await shifts.CreateAsync(staff.OrganisationId, responderId, role, starts.Value, ends.Value, staff.Actor, time.GetUtcNow(),
                         CancellationToken.None) is null)
                error = labels.ShiftResponderInvalid;
            if (error is not null) return await PageAsync(context, session, shifts, responders, time, error);
            return BackToRota(context);
        });

        console.MapPost("/rota/shifts/{id:long}/remove", async (long id, HttpContext context, ConsoleSession session, ShiftStore shifts, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            var staff = ConsoleSession.Staff(context);
            if (!staff.IsManager) return Results.StatusCode(StatusCodes.Status403Forbidden);
            return await shifts.DeleteAsync(staff.OrganisationId, id, staff.Actor, time.GetUtcNow(), CancellationToken.None)
                ? BackToRota(context) : Results.NotFound();
        });
    }

    /// <summary>The page; with <paramref name="error"/>, shown above the form with status 400 (the shift was not added).</summary>
    private static async Task<IResult> PageAsync(HttpContext context, ConsoleSession session, ShiftStore shifts, ResponderStore responders,
        TimeProvider time, string? error)
    {
        var labels = Labels.For(context);
        var staff = ConsoleSession.Staff(context);
        var now = time.GetUtcNow();
        var onCall = await shifts.OnCallAsync(staff.OrganisationId, now, context.RequestAborted);
        var upcoming = await shifts.ListAsync(staff.OrganisationId, now, now + Ahead, context.RequestAborted);
        var rows = Html.Join(upcoming.Select(s => Html.Of($"""
            <tr>
            <td>{ConsoleLayout.Time(s.StartsAt)}</td><td>{ConsoleLayout.Time(s.EndsAt)}</td>
            <td>{RoleName(labels, s.Role)}</td><td>{s.ResponderName}</td>
            <td>{(staff.IsManager ? RemoveForm(context, session, labels, s.Id) : Html.Empty)}</td>
            </tr>
            """)));
        var list = upcoming.Count == 0 ? Html.Of($"<p class=\"empty\">{labels.NoShifts}</p>") : Html.Of($"""
            <div class="scroll"><table class="figures">
            <thead><tr><th>{labels.Starts}</th><th>{labels.Ends}</th><th>{labels.Role}</th><th>{labels.Responder}</th><th></th></tr></thead>
            <tbody>{rows}</tbody>
            </table></div>
            """);
        var form = staff.IsManager
            ? AddForm(context, session, labels, await responders.ListAsync(staff.OrganisationId, includeDisabled: false, context.RequestAborted), now, error)
            : Html.Empty;
        var body = Html.Of($"""
            <h1>{labels.OnCallNow}</h1>
            {OnCallNow(labels, onCall)}
            <h2>{labels.Rota}</h2>
            {list}
            {form}
            """);
        return ConsoleLayout.Page(context, labels, labels.OnCall, body, staff, QueueEndpoints.SignOut(context, session, labels),
            statusCode: error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    /// <summary>Primary, backup (each with the end of their shift) and the coordinators on duty.</summary>
    public static Html OnCallNow(Labels labels, OnCallRecord onCall)
    {
        Html Person(OnCallPerson? p) => p is null ? Html.Of($"{labels.Nobody}")
            : Html.Of($"{p.Name}{(p.Team is { } team ? $" ({team})" : "")}{(p.Until is { } until ? $" · {labels.Until} {ConsoleLayout.Time(until)}" : "")}");
        var coordinators = onCall.Coordinators.Count == 0 ? Html.Of($"{labels.Nobody}")
            : Html.Join(onCall.Coordinators.Select((c, i) => Html.Of($"{(i > 0 ? ", " : "")}{Person(c)}")));
        return Html.Of($"""
            <dl class="facts oncall">
            <dt>{labels.Primary}</dt><dd class="primary">{Person(onCall.Primary)}</dd>
            <dt>{labels.Backup}</dt><dd class="backup">{Person(onCall.Backup)}</dd>
            <dt>{labels.Coordinators}</dt><dd class="coordinators">{coordinators}</dd>
            </dl>
            """);
    }

    private static Html AddForm(HttpContext context, ConsoleSession session, Labels labels, IReadOnlyList<ResponderRecord> responders, DateTimeOffset now, string? error)
    {
        var options = Html.Join(responders.Select(r => Html.Of($"<option value=\"{r.Id}\">{r.Name}{(r.Team is { } t ? $" ({t})" : "")}</option>")));
        var roles = Html.Join(ShiftEndpoints.Roles.Select(r => Html.Of($"<option value=\"{r}\">{RoleName(labels, r)}</option>")));
        var today = PhnomPenhTime.LocalDate(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Html.Of($"""
            <form method="post" action="/console/rota/shifts" class="card">
            <h2>{labels.AddShift}</h2>
            {(error is null ? Html.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>"))}
            {session.Field(context)}
            <label>{labels.Responder}<select name="responder_id" required>{options}</select></label>
            <label>{labels.Role}<select name="role">{roles}</select></label>
            <label>{labels.Starts}<input type="datetime-local" name="starts_at" value="{today}T08:00" required></label>
            <label>{labels.Ends}<input type="datetime-local" name="ends_at" value="{today}T20:00" required></label>
            <button type="submit">{labels.AddShift}</button>
            </form>
            """);
    }

    private static Html RemoveForm(HttpContext context, ConsoleSession session, Labels labels, long shiftId) => Html.Of($"""
        <form method="post" action="/console/rota/shifts/{shiftId}/remove">{session.Field(context)}<button type="submit" class="secondary">{labels.Remove}</button></form>
        """);

    /// <summary>A datetime-local field's value read as Phnom Penh clock time.</summary>
    private static DateTimeOffset? LocalTime(string? value) =>
        DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? PhnomPenhTime.ToInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local)) : null;

    private static string RoleName(Labels labels, string role) => role == "primary" ? labels.Primary : labels.Backup;

    private static IResult BackToRota(HttpContext context)
    {
        context.Response.Headers.Location = "/console/rota";
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
