using Hotline.Domain.Sms;

namespace Hotline.Server.StaffConsole;

/// <summary>
/// One case: its messages (every message HTML-encoded, marked in or out, with its delivery status and SMS segments),
/// the masked number, the SLA times, and the actions take, reply and close. Each view is audited. A code from
/// another organisation answers 404, the same as a code that does not exist.
/// </summary>
public static class CaseEndpoints
{
    public static void MapCasePages(this RouteGroupBuilder console)
    {
        console.MapGet("/cases/{code}", async (string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time) =>
        {
            var labels = Labels.For(context);
            var staff = ConsoleSession.Staff(context);
            if (code.Length > 20 || await cases.GetAsync(staff, code, time.GetUtcNow(), context.RequestAborted) is not { } found) return Results.NotFound();
            await cases.AuditAsync(staff, "case.view", "case:" + found.Id, time.GetUtcNow(), CancellationToken.None);
            var messages = await cases.TranscriptAsync(staff, found.ContactId, context.RequestAborted);
            return ConsoleLayout.Page(context, labels, found.Code, Render(context, session, labels, found, messages),
                staff, QueueEndpoints.SignOut(context, session, labels));
        });

        console.MapPost("/cases/{code}/take", (string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time) =>
            ActAsync(code, context, session, cases, time, async (staff, found, _) => await cases.TakeAsync(staff, found.Id, time.GetUtcNow(), CancellationToken.None)));

        console.MapPost("/cases/{code}/reply", (string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time,
            Outbox.OutboxSignal outbox) =>
            ActAsync(code, context, session, cases, time, async (staff, found, form) =>
            {
                var text = form["text"].ToString().Trim();
                if (text.Length is 0 or > ConsoleCaseStore.MaxReplyLength || text.Any(c => char.IsControl(c) && c is not ('\n' or '\r'))) return false;
                var sent = await cases.ReplyAsync(staff, found.Id, text.ReplaceLineEndings("\n"), time.GetUtcNow(), CancellationToken.None);
                if (sent) outbox.Notify();
                return sent;
            }));

        // The segment count before sending, measured on the server by the same rules as the outbox (the page keeps the draft).
        console.MapPost("/cases/{code}/count", async (string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            var labels = Labels.For(context);
            var staff = ConsoleSession.Staff(context);
            if (code.Length > 20 || await cases.GetAsync(staff, code, time.GetUtcNow(), context.RequestAborted) is not { } found) return Results.NotFound();
            await cases.AuditAsync(staff, "case.view", "case:" + found.Id, time.GetUtcNow(), CancellationToken.None);
            var draft = form["text"].ToString();
            if (draft.Length > ConsoleCaseStore.MaxReplyLength) draft = draft[..ConsoleCaseStore.MaxReplyLength];
            var messages = await cases.TranscriptAsync(staff, found.ContactId, context.RequestAborted);
            return ConsoleLayout.Page(context, labels, found.Code, Render(context, session, labels, found, messages, draft),
                staff, QueueEndpoints.SignOut(context, session, labels));
        });

        console.MapPost("/cases/{code}/close", (string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time) =>
            ActAsync(code, context, session, cases, time, async (staff, found, form) =>
                form["outcome"].ToString() is var outcome && ConsoleCaseStore.Outcomes.Contains(outcome)
                && await cases.CloseAsync(staff, found.Id, outcome, time.GetUtcNow(), CancellationToken.None)));
    }

    /// <summary>Checks the form's anti-forgery token and the case's organisation, runs the action, and goes back to
    /// the case page (303, so a reload does not post again). An action that could not be done answers 409.</summary>
    private static async Task<IResult> ActAsync(string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time,
        Func<Hotline.Storage.Identity.StaffUser, ConsoleCase, IFormCollection, Task<bool>> action)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!session.IsValid(context, form)) return Results.BadRequest();
        var staff = ConsoleSession.Staff(context);
        if (code.Length > 20 || await cases.GetAsync(staff, code, time.GetUtcNow(), context.RequestAborted) is not { } found) return Results.NotFound();
        if (!await action(staff, found, form)) return Results.Conflict();
        context.Response.Headers.Location = "/console/cases/" + Uri.EscapeDataString(found.Code);
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static Html Render(HttpContext context, ConsoleSession session, Labels labels, ConsoleCase found, IReadOnlyList<ConsoleMessage> messages,
        string? draft = null)
    {
        var staff = ConsoleSession.Staff(context);
        var lines = Html.Join(messages.Select(m => Html.Of($"""
            <li class="msg {m.Direction}">
            <div class="meta">{(m.Direction == "in" ? labels.Received : labels.Sent)} · {ConsoleLayout.Time(m.At)} · {m.Status}{(m.Direction == "out" ? $" · {m.Segments} {labels.Segments}" : "")}</div>
            <div class="body">{m.Body}</div>
            </li>
            """)));
        var mine = staff.ResponderId is { } me && found.AssignedResponderId == me;
        var actions = found.Status == "closed" ? Html.Of($"<p class=\"closed\">{labels.Closed}: {found.Outcome}</p>") : Html.Of($"""
            {(found.Status == "open" ? TakeForm(context, session, labels, found, staff) : Html.Empty)}
            {(!mine ? Html.Of($"<p class=\"hint\">{labels.TakeFirst}</p>")
                : found.NotSafeToContact ? Html.Of($"<p class=\"error\" role=\"alert\">{labels.NotSafeToContact}</p>")
                : ReplyForm(context, session, labels, found, draft))}
            <form method="post" action="/console/cases/{found.Code}/close" class="card">
            {session.Field(context)}
            <label>{labels.Outcome}<select name="outcome">{Html.Join(ConsoleCaseStore.Outcomes.Select(o => Html.Of($"<option value=\"{o}\">{o}</option>")))}</select></label>
            <button type="submit">{labels.Close}</button>
            </form>
            """);
        return Html.Of($"""
            <h1><span class="code">{found.Code}</span> <span class="kind {found.Kind}">{labels.KindName(found.Kind)}</span></h1>
            <dl class="facts">
            <dt>{labels.Number}</dt><dd>{found.ContactMasked}</dd>
            <dt>{labels.Status}</dt><dd>{found.Status}</dd>
            <dt>{labels.Need}</dt><dd>{found.Need ?? "–"}</dd>
            <dt>{labels.Province}</dt><dd>{found.Province ?? "–"}</dd>
            <dt>{labels.AssignedTo}</dt><dd>{found.AssignedName ?? labels.Nobody}</dd>
            <dt>{labels.Opened}</dt><dd>{ConsoleLayout.Time(found.OpenedAt)}</dd>
            <dt>{labels.FirstPage}</dt><dd>{Since(found.OpenedAt, found.FirstPagedAt)}</dd>
            <dt>{labels.Acknowledged}</dt><dd>{Since(found.OpenedAt, found.AckedAt)}</dd>
            <dt>{labels.FirstReply}</dt><dd>{Since(found.OpenedAt, found.FirstReplyAt)}</dd>
            </dl>
            {actions}
            <h2>{labels.Transcript}</h2>
            <ol class="transcript">{lines}</ol>
            """);
    }

    private static Html TakeForm(HttpContext context, ConsoleSession session, Labels labels, ConsoleCase found, Hotline.Storage.Identity.StaffUser staff) =>
        staff.ResponderId is null ? Html.Of($"<p class=\"hint\">{labels.NoResponder}</p>") : Html.Of($"""
            <form method="post" action="/console/cases/{found.Code}/take" class="card">{session.Field(context)}<button type="submit">{labels.Take}</button></form>
            """);

    private static Html ReplyForm(HttpContext context, ConsoleSession session, Labels labels, ConsoleCase found, string? draft)
    {
        var cost = draft is null ? null : SmsSegments.Measure(draft);
        var count = cost is null ? Html.Empty : Html.Of($"<p class=\"count\">{cost.Segments} {labels.Segments} ({cost.Encoding})</p>");
        return Html.Of($"""
            <form method="post" action="/console/cases/{found.Code}/reply" class="card">
            {session.Field(context)}
            <label>{labels.Reply}<textarea name="text" rows="4" maxlength="{ConsoleCaseStore.MaxReplyLength}" required>{draft ?? ""}</textarea></label>
            {count}
            <div class="buttons"><button type="submit">{labels.Send}</button> <button type="submit" class="secondary" formaction="/console/cases/{found.Code}/count">{labels.CountSegments}</button></div>
            </form>
            """);
    }

    private static string Since(DateTimeOffset opened, DateTimeOffset? at) =>
        at is { } t ? $"{ConsoleLayout.Time(t)} (+{ConsoleLayout.Duration(t - opened)})" : "–";
}
