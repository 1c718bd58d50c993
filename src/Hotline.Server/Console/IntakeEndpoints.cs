namespace Hotline.Server.StaffConsole;

/// <summary>
/// /console/intake: cases no organisation has (an urgent message when nobody anywhere was on call), shown to every
/// coordinator and admin of every organisation — code, kind, the country of the number, how long it has waited,
/// whether the fallback list was paged; never the number or the words. "Take" brings the case into the
/// organisation (audited), after which it is an ordinary case of its queue. The page also keeps the organisation's
/// part of the fallback list: the responders paged when nobody is on call. The queue page shows how many cases wait
/// here and a banner for the organisation's urgent cases whose escalation ran out (<see cref="Banner"/>).
/// </summary>
public static class IntakeEndpoints
{
    public static void MapIntake(this RouteGroupBuilder console)
    {
        console.MapGet("/intake", async (HttpContext context, ConsoleSession session, IntakeStore intake, TimeProvider time) =>
        {
            var labels = Labels.For(context);
            var words = IntakeLabels.For(labels.Lang);
            var staff = ConsoleSession.Staff(context);
            if (!staff.IsManager)
                return ConsoleLayout.Page(context, labels, words.Intake, Html.Of($"<h1>{words.Intake}</h1><p class=\"empty\">{words.ManagersOnly}</p>"),
                    staff, QueueEndpoints.SignOut(context, session, labels), StatusCodes.Status403Forbidden);
            var items = await intake.QueueAsync(staff, context.RequestAborted);
            var responders = await intake.RespondersAsync(staff, context.RequestAborted);
            var now = time.GetUtcNow();
            var list = items.Count == 0 ? Html.Of($"<p class=\"empty\">{words.NoIntake}</p>") : Html.Of($"""
                <ul class="queue intake">{Html.Join(items.Select(i => Html.Of($"""
                    <li class="case {i.Kind}" data-code="{i.Code}">
                    <span class="code">{i.Code}</span>
                    <span class="kind">{labels.KindName(i.Kind)}</span>
                    <span class="country">{words.Country}: {i.Country ?? "–"}</span>
                    <span class="age" title="{labels.Age}">{ConsoleLayout.Duration(now - Utc(i.OpenedAt))}</span>
                    <span class="alerted">{(i.AlertedAt is null ? words.NotAlerted : words.Alerted)}</span>
                    <form method="post" action="/console/intake/{i.Id}/take">{session.Field(context)}<button type="submit">{words.TakeIntoOrganisation}</button></form>
                    </li>
                    """)))}</ul>
                """);
            var fallbackList = Html.Join(responders.Select(r => Html.Of($"""
                <li><span class="name">{r.Name}</span> <span class="state">{(r.Fallback ? words.OnFallbackList : words.NotOnFallbackList)}</span>
                <form method="post" action="/console/intake/fallback/{r.Id}">{session.Field(context)}<input type="hidden" name="fallback" value="{(r.Fallback ? "off" : "on")}"><button type="submit" class="secondary">{(r.Fallback ? words.RemoveFallback : words.AddFallback)}</button></form></li>
                """)));
            return ConsoleLayout.Page(context, labels, (items.Count > 0 ? $"({items.Count}) " : "") + words.Intake, Html.Of($"""
                <h1>{words.Intake}</h1>
                <nav class="tabs"><a href="/console" class="tab">{labels.OpenCases}</a></nav>
                <p>{words.IntakeExplain}</p>
                {list}
                <h2>{words.FallbackList}</h2>
                <p>{words.FallbackExplain}</p>
                <ul class="fallbacks">{fallbackList}</ul>
                """), staff, QueueEndpoints.SignOut(context, session, labels));
        });

        console.MapPost("/intake/{id:long}/take", async (long id, HttpContext context, ConsoleSession session, IntakeStore intake, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            // Taken by someone else first, or not an unrouted case (any more): not found, like a case that does not exist.
            if (await intake.TakeAsync(ConsoleSession.Staff(context), id, time.GetUtcNow(), CancellationToken.None) is not { } code)
                return Results.NotFound();
            context.Response.Headers.Location = "/console/cases/" + code;
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        });

        console.MapPost("/intake/fallback/{id:long}", async (long id, HttpContext context, ConsoleSession session, IntakeStore intake, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            var fallback = form["fallback"].ToString() switch { "on" => true, "off" => false, _ => (bool?)null };
            if (fallback is null) return Results.BadRequest();
            if (!await intake.SetFallbackAsync(ConsoleSession.Staff(context), id, fallback.Value, time.GetUtcNow(), CancellationToken.None))
                return Results.NotFound();
            context.Response.Headers.Location = "/console/intake";
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        });
    }

    /// <summary>The alarms above the queue: the organisation's urgent cases nobody acknowledged after every round, and
    /// (for coordinators and admins) how many cases wait in the intake queue.</summary>
    public static async Task<Html> Banner(HttpContext context, Labels labels, IntakeStore intake, CancellationToken ct)
    {
        var words = IntakeLabels.For(labels.Lang);
        var staff = ConsoleSession.Staff(context);
        var exhausted = await intake.ExhaustedAsync(staff, ct);
        var waiting = await intake.QueueAsync(staff, ct);
        var parts = new List<Html>();
        if (exhausted.Count > 0)
            parts.Add(Html.Of($"""
                <div class="alarm exhausted" role="alert"><strong>{words.ExhaustedTitle}</strong> {words.ExhaustedExplain}
                <ul>{Html.Join(exhausted.Select(e => Html.Of($"<li><a href=\"/console/cases/{e.Code}\">{e.Code}</a></li>")))}</ul></div>
                """));
        if (waiting.Count > 0)
            parts.Add(Html.Of($"""
                <div class="alarm intake" role="alert" data-intake="{waiting.Count}"><strong>{words.IntakeWaiting}: {waiting.Count}</strong>
                <a href="/console/intake">{words.OpenIntake}</a></div>
                """));
        else if (staff.IsManager)
            parts.Add(Html.Of($"<p class=\"intake-link\"><a href=\"/console/intake\">{words.Intake}</a></p>")); // the fallback list lives there
        return Html.Join(parts);
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}

/// <summary>The intake page's words in English and Khmer (the Khmer ones await native review, like the console's).</summary>
public sealed record IntakeLabels(
    string Intake, string IntakeExplain, string NoIntake, string ManagersOnly, string Country, string Alerted, string NotAlerted,
    string TakeIntoOrganisation, string FallbackList, string FallbackExplain, string OnFallbackList, string NotOnFallbackList,
    string AddFallback, string RemoveFallback, string ExhaustedTitle, string ExhaustedExplain, string IntakeWaiting, string OpenIntake)
{
    private static readonly IntakeLabels En = new(
        "Intake", "Cases no organisation has: nobody was on call anywhere when they came in. Take one into your organisation to see its details and work it.",
        "No case is waiting for an organisation.", "Only coordinators and admins see the intake queue.", "Country",
        "Fallback list paged, emergency numbers sent", "Not yet alerted",
        "Take into my organisation", "Fallback list",
        "These people are paged, whichever organisation they belong to, when an urgent message finds nobody on call anywhere.",
        "On the fallback list", "Not on the list", "Add to the list", "Remove from the list",
        "Nobody acknowledged:", "every escalation round passed for these urgent cases. Someone must take them now.",
        "Waiting in intake", "Open the intake queue");

    private static readonly IntakeLabels Km = new(
        "ករណីរង់ចាំ", "ករណីដែលគ្មានអង្គការណាមួយទទួល៖ គ្មាននរណាម្នាក់នៅវេនពេលវាចូលមក។ ទទួលយកមកអង្គការរបស់អ្នក ដើម្បីមើលព័ត៌មាន និងធ្វើការ។",
        "គ្មានករណីរង់ចាំអង្គការទេ។", "មានតែអ្នកសម្របសម្រួល និងអ្នកគ្រប់គ្រងប៉ុណ្ណោះដែលមើលឃើញ។", "ប្រទេស",
        "បានជូនដំណឹងបញ្ជីបម្រុង និងបានផ្ញើលេខបន្ទាន់", "មិនទាន់ជូនដំណឹង",
        "ទទួលយកមកអង្គការខ្ញុំ", "បញ្ជីបម្រុង",
        "មនុស្សទាំងនេះត្រូវបានជូនដំណឹង ទោះនៅអង្គការណាក៏ដោយ នៅពេលសារបន្ទាន់រកមិនឃើញនរណាម្នាក់នៅវេន។",
        "នៅក្នុងបញ្ជីបម្រុង", "មិននៅក្នុងបញ្ជី", "បញ្ចូលក្នុងបញ្ជី", "ដកចេញពីបញ្ជី",
        "គ្មាននរណាទទួល៖", "ការជូនដំណឹងគ្រប់ជុំបានកន្លងផុត។ ត្រូវមាននរណាម្នាក់ទទួលយកឥឡូវនេះ។",
        "កំពុងរង់ចាំ", "បើកករណីរង់ចាំ");

    public static IntakeLabels For(string lang) => lang == "km" ? Km : En;
}
