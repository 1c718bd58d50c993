namespace Hotline.Server.StaffConsole;

/// <summary>
/// The queue: the organisation's open cases, urgent first and then the longest waiting, with filters for the
/// person's own cases and the unassigned ones. The list part is also served alone at /console/queue, which the
/// page's script fetches every 10 seconds so a new urgent case shows without reloading by hand.
/// </summary>
public static class QueueEndpoints
{
    public static readonly IReadOnlyList<string> Filters = ["all", "mine", "unassigned"];

    public static void MapQueue(this RouteGroupBuilder console)
    {
        console.MapGet("/", async (HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time) =>
        {
            var labels = Labels.For(context);
            var staff = ConsoleSession.Staff(context);
            var filter = Filter(context);
            var list = await ListAsync(context, cases, labels, filter, time);
            var tabs = Html.Join(Filters.Select(f => Html.Of(
                $"<a href=\"/console?filter={f}\" class=\"tab{(f == filter ? " current" : "")}\">{FilterName(labels, f)}</a> ")));
            return ConsoleLayout.Page(context, labels, labels.Queue, Html.Of($"""
                <h1>{labels.OpenCases}</h1>
                <nav class="tabs">{tabs}</nav>
                <div id="queue" data-src="/console/queue?filter={filter}">{list}</div>
                """), staff, SignOut(context, session, labels), refreshQueue: true);
        });

        console.MapGet("/queue", async (HttpContext context, ConsoleCaseStore cases, TimeProvider time) =>
        {
            var list = await ListAsync(context, cases, Labels.For(context), Filter(context), time);
            return Results.Content(list.ToString(), "text/html; charset=utf-8");
        });
    }

    public static Html SignOut(HttpContext context, ConsoleSession session, Labels labels) => Html.Of($"""
        <form method="post" action="/console/logout" class="signout">{session.Field(context)}<button type="submit">{labels.SignOut}</button></form>
        """);

    private static string Filter(HttpContext context) =>
        context.Request.Query["filter"].ToString() is var f && Filters.Contains(f) ? f : "all";

    private static string FilterName(Labels labels, string filter) => filter switch
    {
        "mine" => labels.Mine,
        "unassigned" => labels.Unassigned,
        _ => labels.All,
    };

    private static async Task<Html> ListAsync(HttpContext context, ConsoleCaseStore cases, Labels labels, string filter, TimeProvider time)
    {
        var items = await cases.QueueAsync(ConsoleSession.Staff(context), filter, context.RequestAborted);
        if (items.Count == 0) return Html.Of($"<p class=\"empty\">{labels.NoCases}</p>");
        var now = time.GetUtcNow();
        var rows = items.Select(c => Html.Of($"""
            <li class="case {c.Kind}">
            <a href="/console/cases/{c.Code}">
            <span class="code">{c.Code}</span>
            <span class="kind">{labels.KindName(c.Kind)}</span>
            <span class="need">{c.Need ?? "–"}</span>
            <span class="province">{c.Province ?? "–"}</span>
            <span class="age" title="{labels.Age}">{ConsoleLayout.Duration(now - new DateTimeOffset(DateTime.SpecifyKind(c.OpenedAt, DateTimeKind.Utc)))}</span>
            <span class="assigned">{labels.AssignedTo}: {c.AssignedName ?? labels.Nobody}</span>
            </a>
            </li>
            """));
        return Html.Of($"<ul class=\"queue\">{Html.Join(rows)}</ul>");
    }
}
