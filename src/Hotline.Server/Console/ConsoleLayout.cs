using Hotline.Storage.Identity;

namespace Hotline.Server.StaffConsole;

/// <summary>The page shell: one stylesheet, one script (on signed-in pages: the queue's refresh and the reply's live
/// segment count), no inline script or style (the CSP forbids both).</summary>
public static class ConsoleLayout
{
    public static IResult Page(HttpContext context, Labels labels, string title, Html body, StaffUser? staff = null, Html signOut = default,
        int statusCode = StatusCodes.Status200OK)
    {
        var path = context.Request.Path.ToString();
        var nav = staff is null ? Html.Empty : Html.Of($"""
            <a class="brand" href="/console">{labels.Queue}</a>
            <nav class="pages"><a href="/console/tasks">{labels.Tasks}</a> <a href="/console/rota">{labels.OnCall}</a> <a href="/console/responders">{labels.Responders}</a> <a href="/console/checkins">{labels.CheckIns}</a> <a href="/console/statistics">{labels.Statistics}</a> <a href="/console/password">{labels.ChangePassword}</a>{(staff.Role == StaffRoles.Admin ? Html.Of($" <a href=\"/console/staff\">{labels.StaffAccounts}</a>") : Html.Empty)}</nav>
            <span class="who">{staff.DisplayName}</span>
            {signOut}
            """);
        var script = staff is not null ? Html.Of($"<script src=\"/console/assets/console.js\"></script>") : Html.Empty;
        var page = Html.Of($"""
            <!doctype html>
            <html lang="{labels.Lang}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · Hotline</title>
            <link rel="stylesheet" href="/console/assets/console.css">
            </head>
            <body>
            <header>
            {nav}
            <nav class="lang"><a href="{path}?lang=km" lang="km">ខ្មែរ</a> <a href="{path}?lang=en" lang="en">English</a></nav>
            </header>
            <main>
            {body}
            </main>
            {script}
            </body>
            </html>
            """);
        return Results.Content(page.ToString(), "text/html; charset=utf-8", statusCode: statusCode);
    }

    /// <summary>Phnom Penh time, as the NGOs read it.</summary>
    public static string Time(DateTimeOffset? at) => at is { } t ? t.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd HH:mm") : "–";

    public static string Duration(TimeSpan span) => span.TotalMinutes < 1 ? "<1 min"
        : span.TotalHours < 1 ? $"{(int)span.TotalMinutes} min"
        : span.TotalDays < 1 ? $"{(int)span.TotalHours} h {span.Minutes} min"
        : $"{(int)span.TotalDays} d {span.Hours} h";
}
