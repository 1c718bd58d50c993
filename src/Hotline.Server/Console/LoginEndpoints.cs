using Hotline.Storage.Admin;
using Hotline.Storage.Identity;
using Npgsql;

namespace Hotline.Server.StaffConsole;

/// <summary>
/// Sign-in in two steps: email and password, then the code from the authenticator app. Every failure — unknown
/// email, wrong password, wrong code, locked or disabled account — gets the same page and message, and an unknown
/// email costs the same PBKDF2 work as a known one, so the form reveals nothing about which accounts exist. Five
/// failures (passwords and codes alike) within 15 minutes lock the account for 15 minutes.
/// </summary>
public static class LoginEndpoints
{
    public static void MapLogin(this RouteGroupBuilder console)
    {
        console.MapGet("/login", (HttpContext context, ConsoleSession session) =>
            PasswordForm(context, session, Labels.For(context), failed: false));

        console.MapPost("/login", async (HttpContext context, ConsoleSession session, StaffUserStore users, StaffSessionStore sessions,
            NpgsqlDataSource dataSource, TimeProvider time, ILoggerFactory logs) =>
        {
            var labels = Labels.For(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            var now = time.GetUtcNow();
            var email = form["email"].ToString();
            var password = form["password"].ToString();
            var user = email.Length is > 0 and <= 254 ? await users.FindByEmailAsync(email, context.RequestAborted) : null;
            var usable = user is { DisabledAt: null } && !(user.LockedUntil > now.UtcDateTime);
            var passwordRight = StaffPassword.Verify(password.Length <= 1024 ? password : "", usable ? user!.PasswordHash : null);
            if (!passwordRight)
            {
                if (usable) await users.RecordFailureAsync(user!.Id, now, CancellationToken.None);
                await FailedAsync(dataSource, logs, user, usable ? "password" : user is null ? "unknown" : "locked", now);
                return PasswordForm(context, session, labels, failed: true);
            }
            await sessions.RevokeAsync(ConsoleSession.Token(context), now, CancellationToken.None);
            var pending = await sessions.StartAsync(user!.Id, secondFactorDone: false, now, CancellationToken.None);
            ConsoleSession.SetSession(context, pending);
            return Results.Redirect("/console/login/code");
        });

        console.MapGet("/login/code", async (HttpContext context, ConsoleSession session, StaffSessionStore sessions, TimeProvider time) =>
            await sessions.PendingUserAsync(ConsoleSession.Token(context), time.GetUtcNow(), context.RequestAborted) is null
                ? Results.Redirect("/console/login")
                : CodeForm(context, session, Labels.For(context), failed: false));

        console.MapPost("/login/code", async (HttpContext context, ConsoleSession session, StaffUserStore users, StaffSessionStore sessions,
            NpgsqlDataSource dataSource, TimeProvider time, ILoggerFactory logs) =>
        {
            var labels = Labels.For(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            var now = time.GetUtcNow();
            var token = ConsoleSession.Token(context);
            if (await sessions.PendingUserAsync(token, now, context.RequestAborted) is not { } userId) return Results.Redirect("/console/login");
            var user = await users.FindAsync(userId, context.RequestAborted);
            if (user is null || user.DisabledAt is not null || user.LockedUntil > now.UtcDateTime)
            {
                await sessions.RevokeAsync(token, now, CancellationToken.None);
                await FailedAsync(dataSource, logs, user, "locked", now);
                ConsoleSession.ClearSession(context);
                return PasswordForm(context, session, labels, failed: true);
            }
            var step = Totp.Match(users.TotpSecret(user), form["code"].ToString(), now, user.TotpLastStep);
            if (step is null || !await users.RecordSuccessAsync(user.Id, step.Value, CancellationToken.None))
            {
                var locked = await users.RecordFailureAsync(user.Id, now, CancellationToken.None);
                await FailedAsync(dataSource, logs, user, "code", now);
                if (!locked) return CodeForm(context, session, labels, failed: true);
                await sessions.RevokeAsync(token, now, CancellationToken.None);
                ConsoleSession.ClearSession(context);
                return PasswordForm(context, session, labels, failed: true);
            }
            // A new token once both factors are proven: a token seen before sign-in completed is worth nothing after.
            await sessions.RevokeAsync(token, now, CancellationToken.None);
            ConsoleSession.SetSession(context, await sessions.StartAsync(user.Id, secondFactorDone: true, now, CancellationToken.None));
            await AuditLog.RecordAsync(dataSource, user.OrganisationId, "staff:" + user.Id, "console.login.success", "staff_user:" + user.Id, now, CancellationToken.None);
            return Results.Redirect("/console");
        });
    }

    private static async Task FailedAsync(NpgsqlDataSource dataSource, ILoggerFactory logs, StaffCredentials? user, string reason, DateTimeOffset now)
    {
        // By account id and reason only: never the email typed, which may be someone's address or a password typed in the wrong box.
        logs.CreateLogger("Hotline.Console").LogWarning("Console sign-in failed ({Reason}), staff user {StaffUserId}", reason, user?.Id);
        await AuditLog.RecordAsync(dataSource, user?.OrganisationId, user is null ? AuditLog.UnknownActor : "staff:" + user.Id,
            "console.login.failure", user is null ? "unknown_account" : "staff_user:" + user.Id, now, CancellationToken.None);
    }

    private static IResult PasswordForm(HttpContext context, ConsoleSession session, Labels labels, bool failed) =>
        ConsoleLayout.Page(context, labels, labels.SignIn, Html.Of($"""
            <h1>{labels.SignIn}</h1>
            {Failure(labels, failed)}
            <form method="post" action="/console/login" class="card">
            {session.Field(context)}
            <label>{labels.Email}<input type="email" name="email" autocomplete="username" required maxlength="254"></label>
            <label>{labels.Password}<input type="password" name="password" autocomplete="current-password" required maxlength="1024"></label>
            <button type="submit">{labels.Continue}</button>
            </form>
            """));

    private static IResult CodeForm(HttpContext context, ConsoleSession session, Labels labels, bool failed) =>
        ConsoleLayout.Page(context, labels, labels.SignIn, Html.Of($"""
            <h1>{labels.SignIn}</h1>
            {Failure(labels, failed)}
            <form method="post" action="/console/login/code" class="card">
            {session.Field(context)}
            <label>{labels.TotpCode}<input type="text" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" required maxlength="7"></label>
            <button type="submit">{labels.SignIn}</button>
            </form>
            """));

    private static Html Failure(Labels labels, bool failed) =>
        failed ? Html.Of($"<p class=\"error\" role=\"alert\">{labels.SignInFailed}</p>") : Html.Empty;
}
