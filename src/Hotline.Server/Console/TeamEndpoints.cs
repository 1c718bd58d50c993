using Hotline.Server.Api;
using Hotline.Storage.Admin;
using Hotline.Storage.Identity;

namespace Hotline.Server.StaffConsole;

/// <summary>
/// /console/responders: the organisation's responders and their teams (phones only masked). Coordinators and admins
/// change a responder's team, make or unmake a coordinator (who is paged last and sees every case) and deactivate a
/// responder. These are permission changes: each goes through the admin API's store and writes its own audit row
/// (responder.team_change, responder.role_change, responder.disable). A responder's account sees the list only.
/// </summary>
public static class TeamEndpoints
{
    private const int LongestTeam = 50; // the admin API's limit

    public static void MapTeamPages(this RouteGroupBuilder console)
    {
        console.MapGet("/responders", (HttpContext context, ConsoleSession session, ResponderStore responders) =>
            PageAsync(context, session, responders, error: null));

        console.MapPost("/responders/{id:long}/team", (long id, HttpContext context, ConsoleSession session, ResponderStore responders, TimeProvider time) =>
            ChangeAsync(id, context, session, responders, async (staff, form) =>
            {
                var errors = new ValidationErrors();
                var team = ApiRules.Text(errors, "team", form["team"].ToString(), LongestTeam, required: false) ?? "";
                if (errors.Any) return Change.Invalid(Labels.For(context).TeamInvalid);
                return Change.Found(await responders.UpdateAsync(staff.OrganisationId, id, Fields(team: team), staff.Actor, time.GetUtcNow(),
                    CancellationToken.None, action: "responder.team_change") == ResponderWrite.Done);
            }));

        console.MapPost("/responders/{id:long}/role", (long id, HttpContext context, ConsoleSession session, ResponderStore responders, TimeProvider time) =>
            ChangeAsync(id, context, session, responders, async (staff, form) =>
            {
                // Only between responder and coordinator: an admin responder is changed through the admin API.
                var role = form["role"].ToString();
                if (role is not ("responder" or "coordinator")
                    || await responders.GetAsync(staff.OrganisationId, id, CancellationToken.None) is not { Role: "responder" or "coordinator" })
                    return Change.Found(false);
                return Change.Found(await responders.UpdateAsync(staff.OrganisationId, id, Fields(role: role), staff.Actor, time.GetUtcNow(),
                    CancellationToken.None, action: "responder.role_change") == ResponderWrite.Done);
            }));

        console.MapPost("/responders/{id:long}/deactivate", (long id, HttpContext context, ConsoleSession session, ResponderStore responders, TimeProvider time) =>
            ChangeAsync(id, context, session, responders, async (staff, _) =>
                Change.Found(await responders.DisableAsync(staff.OrganisationId, id, staff.Actor, time.GetUtcNow(), CancellationToken.None) == ResponderWrite.Done)));
    }

    /// <summary>What a change came to: done, no such responder in the organisation, or refused with a message.</summary>
    private readonly record struct Change(bool Done, string? Error)
    {
        public static Change Found(bool done) => new(done, null);
        public static Change Invalid(string error) => new(false, error);
    }

    private static ResponderFields Fields(string? team = null, string? role = null) =>
        new(Name: null, Phone: null, Role: role, Team: team, Languages: null, Provinces: null, Services: null, PinHash: null, OnDuty: null, RelayBySms: null);

    /// <summary>Checks the form token and that the person manages the organisation, then makes the change: back to the
    /// list (303) when done, 404 for a responder not in the organisation, the page with the message (400) otherwise.</summary>
    private static async Task<IResult> ChangeAsync(long id, HttpContext context, ConsoleSession session, ResponderStore responders,
        Func<StaffUser, IFormCollection, Task<Change>> change)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!session.IsValid(context, form)) return Results.BadRequest();
        var staff = ConsoleSession.Staff(context);
        if (!staff.IsManager) return Results.StatusCode(StatusCodes.Status403Forbidden);
        var result = await change(staff, form);
        if (result.Error is { } error) return await PageAsync(context, session, responders, error);
        if (!result.Done) return Results.NotFound();
        context.Response.Headers.Location = "/console/responders";
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static async Task<IResult> PageAsync(HttpContext context, ConsoleSession session, ResponderStore responders, string? error)
    {
        var labels = Labels.For(context);
        var staff = ConsoleSession.Staff(context);
        var list = await responders.ListAsync(staff.OrganisationId, includeDisabled: true, context.RequestAborted);
        var rows = Html.Join(list.Select(r => Html.Of($"""
            <tr class="{(r.DisabledAt is null ? "active" : "inactive")}">
            <td>{r.Name}</td><td>{r.Team ?? "–"}</td><td>{r.Role}</td>
            <td>{(r.DisabledAt is null ? labels.Active : labels.Inactive)}</td>
            <td>{string.Join(", ", r.Languages)}</td><td>{r.PhoneMasked}</td>
            <td>{(staff.IsManager && r.DisabledAt is null ? Actions(context, session, labels, r) : Html.Empty)}</td>
            </tr>
            """)));
        var body = Html.Of($"""
            <h1>{labels.Responders}</h1>
            {(error is null ? Html.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>"))}
            <div class="scroll"><table class="figures responders">
            <thead><tr><th>{labels.Name}</th><th>{labels.Team}</th><th>{labels.Role}</th><th>{labels.Status}</th><th>{labels.Languages}</th><th>{labels.Phone}</th><th></th></tr></thead>
            <tbody>{rows}</tbody>
            </table></div>
            """);
        return ConsoleLayout.Page(context, labels, labels.Responders, body, staff, QueueEndpoints.SignOut(context, session, labels),
            statusCode: error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static Html Actions(HttpContext context, ConsoleSession session, Labels labels, ResponderRecord r)
    {
        var token = session.Field(context);
        var roleForm = r.Role switch
        {
            "responder" => Html.Of($"""<form method="post" action="/console/responders/{r.Id}/role">{token}<input type="hidden" name="role" value="coordinator"><button type="submit" class="secondary">{labels.MakeCoordinator}</button></form>"""),
            "coordinator" => Html.Of($"""<form method="post" action="/console/responders/{r.Id}/role">{token}<input type="hidden" name="role" value="responder"><button type="submit" class="secondary">{labels.UnmakeCoordinator}</button></form>"""),
            _ => Html.Empty,
        };
        return Html.Of($"""
            <div class="row-actions">
            <form method="post" action="/console/responders/{r.Id}/team" class="inline">{token}<label>{labels.Team}<input name="team" value="{r.Team ?? ""}" maxlength="{LongestTeam}"></label><button type="submit" class="secondary">{labels.ChangeTeam}</button></form>
            {roleForm}
            <form method="post" action="/console/responders/{r.Id}/deactivate">{token}<button type="submit" class="secondary">{labels.Deactivate}</button></form>
            </div>
            """);
    }
}
