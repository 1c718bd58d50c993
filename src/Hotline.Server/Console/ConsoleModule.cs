using Hotline.Server.StaffConsole;
using Hotline.Storage.Identity;

// The console's types live in Hotline.Server.StaffConsole (a namespace called Console would hide System.Console from
// the rest of Hotline.Server); this entry point sits in Hotline.Server, next to the composition root that calls it.
namespace Hotline.Server;

/// <summary>
/// The responders' console under /console: server-rendered pages, no front-end build. Deny by default: every
/// route in the signed-in group passes the session check, and only the sign-in pages and the two static files are
/// outside it. Every response under /console carries the security headers and is never cached.
/// </summary>
public static class ConsoleModule
{
    public const string FetchHeader = "X-Requested-With";

    private static readonly Dictionary<string, string> Assets = new()
    {
        ["console.css"] = "text/css; charset=utf-8",
        ["console.js"] = "text/javascript; charset=utf-8",
    };

    public static IServiceCollection AddConsole(this IServiceCollection services)
    {
        services.AddSingleton<StaffUserStore>();
        services.AddSingleton<StaffSessionStore>();
        services.AddSingleton<ConsoleSession>();
        services.AddSingleton<ConsoleCaseStore>();
        services.AddSingleton<IntakeStore>();
        services.AddSignInLimits();
        return services;
    }

    public static WebApplication MapConsole(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // Set as the response starts, so the generic error page written by the exception handler (which clears
            // the headers set before it) carries them too.
            if (context.Request.Path.StartsWithSegments("/console"))
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
                    headers.CacheControl = "no-store";
                    headers.XContentTypeOptions = "nosniff";
                    headers["Referrer-Policy"] = "no-referrer";
                    headers.XFrameOptions = "DENY";
                    headers.StrictTransportSecurity = "max-age=31536000";
                    return Task.CompletedTask;
                });
            await next();
        });

        app.UseRateLimiter(); // the sign-in and password forms' per-source limit (SignInLimits), before any hashing
        var console = app.MapGroup("/console").DisableAntiforgery(); // forms are checked by ConsoleSession's own tokens
        console.MapLogin();
        var webRoot = Path.Combine(app.Environment.ContentRootPath, "wwwroot", "console");
        console.MapGet("/assets/{name}", (string name) =>
            Assets.TryGetValue(name, out var type) ? Results.File(Path.Combine(webRoot, name), type) : Results.NotFound());

        var signedIn = console.MapGroup("").AddEndpointFilter(RequireSessionAsync);
        signedIn.MapQueue();
        signedIn.MapIntake();
        signedIn.MapCasePages();
        signedIn.MapTasks();
        signedIn.MapRota();
        signedIn.MapTeamPages();
        signedIn.MapEnrolmentPages();
        signedIn.MapStatisticsPages();
        signedIn.MapPasswordChange();
        signedIn.MapStaffAccounts();
        signedIn.MapPost("/logout", async (HttpContext context, ConsoleSession session, StaffSessionStore sessions, ConsoleCaseStore cases, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            var now = time.GetUtcNow();
            await sessions.RevokeAsync(ConsoleSession.Token(context), now, CancellationToken.None);
            await cases.AuditAsync(ConsoleSession.Staff(context), "console.logout", "staff_user:" + ConsoleSession.Staff(context).Id, now, CancellationToken.None);
            ConsoleSession.ClearSession(context);
            context.Response.Headers.Location = "/console/login";
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        });
        return app;
    }

    /// <summary>The session check on every signed-in route. No session, or an ended one: the browser goes to the
    /// sign-in page, the queue's script gets 401. The script's refresh does not count as activity.</summary>
    private static async ValueTask<object?> RequireSessionAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var fetch = context.Request.Headers[FetchHeader] == "fetch";
        var sessions = context.RequestServices.GetRequiredService<StaffSessionStore>();
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        var staff = await sessions.ValidateAsync(ConsoleSession.Token(context), time.GetUtcNow(), touch: !fetch, context.RequestAborted);
        if (staff is null) return fetch ? Results.Unauthorized() : Results.Redirect("/console/login");
        context.Items[ConsoleSession.StaffItem] = staff;
        return await next(invocation);
    }
}
