using Microsoft.AspNetCore.Http.Extensions;

namespace Hotline.Server.StaffConsole;

/// <summary>
/// The queue: the organisation's open cases, urgent first and then the longest waiting. Filters — mine or unassigned,
/// a team, a need, a province — combine and are kept in the query string (codes and names of teams only, never
/// personal data). The list part is also served alone at /console/queue, which the page's script fetches every
/// 10 seconds: a new urgent case shows within 10 s without reloading by hand, highlighted, with the count of urgent
/// cases nobody has taken in the page title.
/// </summary>
public static class QueueEndpoints
{
    public static readonly IReadOnlyList<string> Filters = ["all", "mine", "unassigned"];

    private const int MaxFilterValue = 50;

    public static void MapQueue(this RouteGroupBuilder console)
    {
        console.MapGet("/", async (HttpContext context, ConsoleSession session, ConsoleCaseStore cases, IntakeStore intake, TimeProvider time) =>
        {
            var labels = Labels.For(context);
            var staff = ConsoleSession.Staff(context);
            var filter = Filter(context);
            var items = await cases.QueueAsync(staff, filter, context.RequestAborted);
            var options = await cases.QueueOptionsAsync(staff, context.RequestAborted);
            var tabs = Html.Join(Filters.Select(f => Html.Of(
                $"<a href=\"/console{Query(filter with { Show = f })}\" class=\"tab{(f == filter.Show ? " current" : "")}\">{FilterName(labels, f)}</a> ")));
            var urgent = UrgentWaiting(items);
            var alarms = await IntakeEndpoints.Banner(context, labels, intake, context.RequestAborted);
            return ConsoleLayout.Page(context, labels, (urgent > 0 ? $"({urgent}) " : "") + labels.Queue, Html.Of($"""
                {alarms}
                <h1>{labels.OpenCases}</h1>
                <nav class="tabs">{tabs}<a href="/console/tasks" class="tab">{labels.Tasks}</a></nav>
                {FilterForm(labels, filter, options)}
                <div id="queue" data-src="/console/queue{Query(filter)}" data-title="{labels.Queue}">{List(labels, items, time.GetUtcNow())}</div>
                """), staff, SignOut(context, session, labels));
        });

        console.MapGet("/queue", async (HttpContext context, ConsoleCaseStore cases, TimeProvider time) =>
        {
            var items = await cases.QueueAsync(ConsoleSession.Staff(context), Filter(context), context.RequestAborted);
            return Results.Content(List(Labels.For(context), items, time.GetUtcNow()).ToString(), "text/html; charset=utf-8");
        });
    }

    public static Html SignOut(HttpContext context, ConsoleSession session, Labels labels) => Html.Of($"""
        <form method="post" action="/console/logout" class="signout">{session.Field(context)}<button type="submit">{labels.SignOut}</button></form>
        """);

    private static QueueFilter Filter(HttpContext context)
    {
        var query = context.Request.Query;
        string? Value(string name) => query[name].ToString() is { Length: > 0 and <= MaxFilterValue } v && !v.Any(char.IsControl) ? v : null;
        return new QueueFilter(query["filter"].ToString() is var f && Filters.Contains(f) ? f : "all", Value("team"), Value("need"), Value("province"));
    }

    /// <summary>The filter as a query string ("?filter=mine&amp;need=wage_claim"), each value URL-encoded.</summary>
    private static string Query(QueueFilter filter)
    {
        var query = new QueryBuilder { { "filter", filter.Show } };
        if (filter.Team is { } team) query.Add("team", team);
        if (filter.Need is { } need) query.Add("need", need);
        if (filter.Province is { } province) query.Add("province", province);
        return query.ToString();
    }

    private static string FilterName(Labels labels, string filter) => filter switch
    {
        "mine" => labels.Mine,
        "unassigned" => labels.Unassigned,
        _ => labels.All,
    };

    /// <summary>A plain GET form (works without script), so the choice lands in the query string.</summary>
    private static Html FilterForm(Labels labels, QueueFilter filter, QueueOptions options)
    {
        Html Select(string name, string label, string any, IReadOnlyList<string> values, string? current) => Html.Of($"""
            <label>{label}<select name="{name}"><option value="">{any}</option>{Html.Join(values.Append(current ?? "").Where(v => v.Length > 0).Distinct().Select(v =>
                Html.Of($"<option value=\"{v}\"{(v == current ? Html.Of($" selected") : Html.Empty)}>{v}</option>")))}</select></label>
            """);
        return Html.Of($"""
            <form method="get" action="/console" class="filters">
            <input type="hidden" name="filter" value="{filter.Show}">
            {Select("team", labels.Team, labels.AnyTeam, options.Teams, filter.Team)}
            {Select("need", labels.Need, labels.AnyNeed, options.Needs, filter.Need)}
            {Select("province", labels.Province, labels.AnyProvince, options.Provinces, filter.Province)}
            <button type="submit" class="secondary">{labels.Filter}</button>
            </form>
            """);
    }

    /// <summary>Urgent cases nobody has taken yet: the number in the title, and the rows highlighted.</summary>
    private static Html TestBadge(Labels labels) => Html.Of($" <span class=\"test\">{labels.TestCase}</span>");

    private static int UrgentWaiting(IReadOnlyList<QueueItem> items) => items.Count(c => c.Kind == "urgent" && c.Status == "open");

    private static Html List(Labels labels, IReadOnlyList<QueueItem> items, DateTimeOffset now)
    {
        if (items.Count == 0) return Html.Of($"<p class=\"empty\" data-urgent=\"0\">{labels.NoCases}</p>");
        var rows = items.Select(c => Html.Of($"""
            <li class="case {c.Kind}{(c.Kind == "urgent" && c.Status == "open" ? " waiting" : "")}" data-code="{c.Code}">
            <a href="/console/cases/{c.Code}">
            <span class="code">{c.Code}</span>
            <span class="kind">{labels.KindName(c.Kind)}</span>{(c.IsTest ? TestBadge(labels) : Html.Empty)}
            <span class="need">{c.Need ?? "–"}</span>
            <span class="province">{c.Province ?? "–"}</span>
            <span class="age" title="{labels.Age}">{ConsoleLayout.Duration(now - new DateTimeOffset(DateTime.SpecifyKind(c.OpenedAt, DateTimeKind.Utc)))}</span>
            <span class="assigned">{labels.AssignedTo}: {c.AssignedName ?? labels.Nobody}</span>
            </a>
            </li>
            """));
        return Html.Of($"<ul class=\"queue\" data-urgent=\"{UrgentWaiting(items)}\">{Html.Join(rows)}</ul>");
    }
}
