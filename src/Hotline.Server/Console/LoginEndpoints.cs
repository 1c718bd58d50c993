using Hotline.Storage.Admin;
using Hotline.Storage.Identity;
using Npgsql;

namespace Hotline.Server.StaffConsole;

/// <summary>
/// Sign-in in two steps: email and password, then the code from the authenticator app. Every failure — unknown
/// email, wrong password, wrong code, delayed or disabled account — gets the same page and message, and every one
/// costs the same PBKDF2 work, so the form reveals nothing about which accounts exist. Each source may post these
/// forms <see cref="ConsoleSignInOptions.PostsPerMinute"/> times a minute (429 before anything is hashed), and
/// hashing runs through <see cref="PasswordHashing"/>'s global limit. Each attempt on an account is counted before it
/// is evaluated (<see cref="StaffUserStore.ClaimAttemptAsync"/>): from the fifth failure the account waits a
/// progressive delay, which never holds a browser the account has signed in on before. Also: the password change.
/// </summary>
public static class LoginEndpoints
{
    public static void MapLogin(this RouteGroupBuilder console)
    {
        console.MapGet("/login", (HttpContext context, ConsoleSession session) =>
            PasswordForm(context, session, Labels.For(context), failed: false));

        console.MapPost("/login", async (HttpContext context, ConsoleSession session, StaffUserStore users, StaffSessionStore sessions,
            PasswordHashing hashing, NpgsqlDataSource dataSource, TimeProvider time, ILoggerFactory logs) =>
        {
            var labels = Labels.For(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            var now = time.GetUtcNow();
            var email = form["email"].ToString();
            var password = form["password"].ToString();
            var user = email.Length is > 0 and <= 254 ? await users.FindByEmailAsync(email, context.RequestAborted) : null;
            var usable = user is { DisabledAt: null };
            // Counted before the hash, so simultaneous guesses cannot get past the limit.
            var claim = usable ? await users.ClaimAttemptAsync(user!.Id, now, session.KnownDevice(context) == user.Id, CancellationToken.None) : null;
            var evaluated = claim is not null;
            // Every path hashes (a decoy when not evaluated): the time taken says nothing about the account.
            var passwordRight = await hashing.VerifyAsync(password, evaluated ? user!.PasswordHash : null, context.RequestAborted);
            if (passwordRight is null) return TooMany(context, labels);
            if (passwordRight != true)
            {
                await FailedAsync(dataSource, logs, user, evaluated ? "password" : user is null ? "unknown" : usable ? "delayed" : "disabled", now);
                return PasswordForm(context, session, labels, failed: true);
            }
            await users.ReleaseAttemptAsync(claim!, CancellationToken.None);
            await sessions.RevokeAsync(ConsoleSession.Token(context), now, CancellationToken.None);
            if (await sessions.BeginAsync(user!.Id, now, CancellationToken.None) is not { } pending)
                return PasswordForm(context, session, labels, failed: true); // disabled in the meantime
            ConsoleSession.SetSession(context, pending);
            return Results.Redirect("/console/login/code");
        }).RequireRateLimiting(SignInLimits.Policy);

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
            // One UPDATE counts this code as a failure before it is looked at, and refuses it once the account is in its
            // delay: of 30 codes posted at once, at most the five left before the delay are evaluated.
            if (user is null || user.DisabledAt is not null
                || await users.ClaimAttemptAsync(user.Id, now, session.KnownDevice(context) == user.Id, CancellationToken.None) is null)
            {
                await sessions.RevokeAsync(token, now, CancellationToken.None);
                await FailedAsync(dataSource, logs, user, user is null || user.DisabledAt is not null ? "disabled" : "delayed", now);
                ConsoleSession.ClearSession(context);
                return PasswordForm(context, session, labels, failed: true);
            }
            var step = Totp.Match(users.TotpSecret(user), form["code"].ToString(), now, user.TotpLastStep);
            var complete = step is null ? null : await sessions.CompleteAsync(token!, step.Value, now, CancellationToken.None);
            if (complete is null)
            {
                await FailedAsync(dataSource, logs, user, "code", now);
                return CodeForm(context, session, labels, failed: true);
            }
            ConsoleSession.SetSession(context, complete);
            session.SetKnownDevice(context, user.Id);
            await AuditLog.RecordAsync(dataSource, user.OrganisationId, "staff:" + user.Id, "console.login.success", "staff_user:" + user.Id, now, CancellationToken.None);
            return Results.Redirect("/console");
        }).RequireRateLimiting(SignInLimits.Policy);
    }

    /// <summary>The signed-in person's own password: the current one, the new one twice (<see cref="StaffPasswordRules"/>).
    /// A change ends every other session of the account and is audited (<c>staff_user.password_change</c>).</summary>
    public static void MapPasswordChange(this RouteGroupBuilder signedIn)
    {
        signedIn.MapGet("/password", (HttpContext context, ConsoleSession session) =>
            PasswordChangeForm(context, session, Labels.For(context), message: null));

        signedIn.MapPost("/password", async (HttpContext context, ConsoleSession session, StaffUserStore users, PasswordHashing hashing,
            ConsoleCaseStore cases, TimeProvider time, ILoggerFactory logs) =>
        {
            var labels = Labels.For(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            var staff = ConsoleSession.Staff(context);
            var now = time.GetUtcNow();
            var current = form["current"].ToString();
            var next = form["new"].ToString();
            var problem = StaffPasswordRules.Check(next, form["repeat"].ToString());
            if (problem != PasswordProblem.None)
                return PasswordChangeForm(context, session, labels, Problem(labels, problem), StatusCodes.Status400BadRequest);
            // A stolen session guessing the current password is held by the same attempt count as the sign-in form.
            var credentials = await users.FindAsync(staff.Id, context.RequestAborted);
            var claim = credentials is null ? null : await users.ClaimAttemptAsync(staff.Id, now, knownDevice: false, CancellationToken.None);
            var evaluated = claim is not null;
            var right = await hashing.VerifyAsync(current, evaluated ? credentials!.PasswordHash : null, context.RequestAborted);
            if (right is null) return TooMany(context, labels);
            if (right != true)
            {
                logs.CreateLogger("Hotline.Console").LogWarning("Console password change refused ({Reason}), staff user {StaffUserId}",
                    evaluated ? "current_password" : "delayed", staff.Id);
                await cases.AuditAsync(staff, "staff_user.password_change_failure", "staff_user:" + staff.Id, now, CancellationToken.None);
                return PasswordChangeForm(context, session, labels, labels.CurrentPasswordWrong, StatusCodes.Status400BadRequest);
            }
            await users.ReleaseAttemptAsync(claim!, CancellationToken.None);
            if (next == current)
                return PasswordChangeForm(context, session, labels, Problem(labels, PasswordProblem.SameAsCurrent), StatusCodes.Status400BadRequest);
            // The new hash is computed under the same global limit as every other PBKDF2 run.
            if (await hashing.HashAsync(next, context.RequestAborted) is not { } newHash) return TooMany(context, labels);
            if (!await users.ChangePasswordAsync(ConsoleSession.Token(context)!, newHash, now, CancellationToken.None))
                return Results.Redirect("/console/login");
            return PasswordChangeForm(context, session, labels, labels.PasswordChanged, changed: true);
        }).RequireRateLimiting(SignInLimits.Policy);
    }

    private static string Problem(Labels labels, PasswordProblem problem) => problem switch
    {
        PasswordProblem.Mismatch => labels.PasswordMismatch,
        PasswordProblem.TooShort => labels.PasswordTooShort,
        PasswordProblem.TooLong => labels.PasswordTooLong,
        PasswordProblem.Common => labels.PasswordCommon,
        _ => labels.PasswordSame,
    };

    /// <summary>The node is hashing as many passwords as it may at once: nothing was checked or counted.</summary>
    private static IResult TooMany(HttpContext context, Labels labels)
    {
        context.Response.Headers.RetryAfter = "60";
        return ConsoleLayout.Page(context, labels, labels.SignIn, Html.Of($"<p class=\"error\" role=\"alert\">{labels.TooManyAttempts}</p>"),
            statusCode: StatusCodes.Status429TooManyRequests);
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

    private static IResult PasswordChangeForm(HttpContext context, ConsoleSession session, Labels labels, string? message,
        int status = StatusCodes.Status200OK, bool changed = false) =>
        ConsoleLayout.Page(context, labels, labels.ChangePassword, Html.Of($"""
            <h1>{labels.ChangePassword}</h1>
            {(message is null ? Html.Empty : Html.Of($"<p class=\"{(changed ? "revealed" : "error")}\" role=\"{(changed ? "status" : "alert")}\">{message}</p>"))}
            <form method="post" action="/console/password" class="card">
            {session.Field(context)}
            <label>{labels.CurrentPassword}<input type="password" name="current" autocomplete="current-password" required maxlength="{StaffPasswordRules.MaxLength}"></label>
            <label>{labels.NewPassword}<input type="password" name="new" autocomplete="new-password" required minlength="{StaffPasswordRules.MinLength}" maxlength="{StaffPasswordRules.MaxLength}"></label>
            <label>{labels.RepeatPassword}<input type="password" name="repeat" autocomplete="new-password" required minlength="{StaffPasswordRules.MinLength}" maxlength="{StaffPasswordRules.MaxLength}"></label>
            <p class="hint">{labels.PasswordHint}</p>
            <button type="submit">{labels.ChangePassword}</button>
            </form>
            """), ConsoleSession.Staff(context), QueueEndpoints.SignOut(context, session, labels), statusCode: status);

    private static Html Failure(Labels labels, bool failed) =>
        failed ? Html.Of($"<p class=\"error\" role=\"alert\">{labels.SignInFailed}</p>") : Html.Empty;
}
