using Dapper;
using Hotline.Storage.Admin;
using Hotline.Storage.Identity;
using Hotline.Storage.Tenancy;

namespace Hotline.Server.StaffConsole;

/// <summary>A console account as an admin of the same organisation sees it: name, role, and whether sign-in is delayed.</summary>
public sealed record StaffAccountLine(long Id, string DisplayName, string Role, DateTimeOffset? DelayedUntil);

/// <summary>
/// /console/staff (admins only): the organisation's console accounts and their sign-in delay, with "Lift delay" for an
/// account that is waiting one out — so a colleague kept out by someone guessing at their email is back in without
/// the operator. Runs as the tenant: row-level security and the column grants of migration 0014 let it read names,
/// roles and the delay, and write the attempt count and the delay, of its own organisation's accounts only.
/// </summary>
public static class StaffAccountEndpoints
{
    public static void MapStaffAccounts(this RouteGroupBuilder console)
    {
        console.MapGet("/staff", async (HttpContext context, ConsoleSession session, TenantDatabase tenants, TimeProvider time) =>
        {
            var staff = ConsoleSession.Staff(context);
            if (staff.Role != StaffRoles.Admin) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var labels = Labels.For(context);
            var now = time.GetUtcNow();
            await using var tenant = await tenants.BeginAsync(staff.OrganisationId, context.RequestAborted);
            var accounts = (await tenant.Connection.QueryAsync<(long Id, string DisplayName, string Role, DateTime? LockedUntil)>(
                "SELECT id, display_name, role, locked_until FROM staff_users WHERE organisation_id = @org ORDER BY display_name, id",
                new { org = staff.OrganisationId }, tenant.Transaction))
                .Select(a => new StaffAccountLine(a.Id, a.DisplayName, a.Role,
                    a.LockedUntil is { } u && u > now.UtcDateTime ? new DateTimeOffset(DateTime.SpecifyKind(u, DateTimeKind.Utc)) : null))
                .ToList();
            return ConsoleLayout.Page(context, labels, labels.StaffAccounts, Html.Of($"""
                <h1>{labels.StaffAccounts}</h1>
                <ul class="tasks">{Html.Join(accounts.Select(a => Html.Of($"""
                    <li class="task">
                    <span class="kind">{a.DisplayName}</span>
                    <span class="client">{a.Role}</span>
                    {(a.DelayedUntil is { } until ? Html.Of($"""
                        <span class="worker">{labels.SignInDelayedUntil} {ConsoleLayout.Time(until)}</span>
                        <form method="post" action="/console/staff/{a.Id}/unlock">{session.Field(context)}<button type="submit" class="secondary">{labels.LiftDelay}</button></form>
                        """) : Html.Empty)}
                    </li>
                    """)))}</ul>
                """), staff, QueueEndpoints.SignOut(context, session, labels));
        });

        console.MapPost("/staff/{id:long}/unlock", async (long id, HttpContext context, ConsoleSession session, TenantDatabase tenants, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            var staff = ConsoleSession.Staff(context);
            if (staff.Role != StaffRoles.Admin) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var now = time.GetUtcNow();
            await using var tenant = await tenants.BeginAsync(staff.OrganisationId, CancellationToken.None);
            var (connection, transaction) = tenant;
            // Another organisation's account is not found, exactly like one that does not exist.
            if (await connection.ExecuteAsync(
                    "UPDATE staff_users SET failed_attempts = 0, first_failed_at = NULL, locked_until = NULL WHERE id = @id AND organisation_id = @org",
                    new { id, org = staff.OrganisationId }, transaction) == 0)
                return Results.NotFound();
            await AuditLog.RecordAsync(connection, transaction, staff.OrganisationId, staff.Actor, "staff_user.unlock", "staff_user:" + id, now, CancellationToken.None);
            await tenant.CommitAsync(CancellationToken.None);
            context.Response.Headers.Location = "/console/staff";
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        });
    }
}
