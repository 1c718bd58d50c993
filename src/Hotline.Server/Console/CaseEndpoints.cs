using Hotline.Domain.Sms;
using Hotline.Server.Cases;
using Hotline.Storage.Cases;
using Hotline.Storage.Identity;

namespace Hotline.Server.StaffConsole;

/// <summary>
/// One case: the facts (masked number, need, consent, safe-contact hours, SLA times), the actions take, reply, close,
/// note, reveal the number and refer, the case's timeline and its messages (every message and note HTML-encoded).
/// Each view is audited. A code from another organisation answers 404, the same as a code that does not exist.
/// </summary>
public static class CaseEndpoints
{
    private const int MinReasonLength = 5;
    private const int MaxReasonLength = 500;

    public static void MapCasePages(this RouteGroupBuilder console)
    {
        console.MapGet("/cases/{code}", async (string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time) =>
            await FindAsync(code, context, cases, time) is { } found
                ? await ShowAsync(context, session, cases, time, found)
                : Results.NotFound());

        console.MapPost("/cases/{code}/take", (string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time) =>
            ActAsync(code, context, session, cases, time, async (staff, found, _) => await cases.TakeAsync(staff, found.Id, time.GetUtcNow(), CancellationToken.None)));

        console.MapPost("/cases/{code}/reply", (string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time,
            Outbox.OutboxSignal outbox) =>
            ActAsync(code, context, session, cases, time, async (staff, found, form) =>
            {
                if (Text(form, "text", ConsoleCaseStore.MaxReplyLength) is not { } text) return false;
                var sent = await cases.ReplyAsync(staff, found.Id, text, time.GetUtcNow(), CancellationToken.None);
                if (sent) outbox.Notify();
                return sent;
            }));

        // The segment count before sending, measured on the server by the same rules as the outbox. The page's script
        // asks while the responder types (and gets the count alone); without script, the button shows the page again
        // with the count and the draft kept.
        console.MapPost("/cases/{code}/count", async (string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            if (await FindAsync(code, context, cases, time) is not { } found) return Results.NotFound();
            var draft = form["text"].ToString();
            if (draft.Length > ConsoleCaseStore.MaxReplyLength) draft = draft[..ConsoleCaseStore.MaxReplyLength];
            if (context.Request.Headers[ConsoleModule.FetchHeader] == "fetch")
                return Results.Text(Count(Labels.For(context), draft), "text/plain; charset=utf-8");
            return await ShowAsync(context, session, cases, time, found, draft: draft);
        });

        console.MapPost("/cases/{code}/close", (string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time) =>
            ActAsync(code, context, session, cases, time, async (staff, found, form) =>
                form["outcome"].ToString() is var outcome && CaseChanges.Outcomes.Contains(outcome)
                && await cases.CloseAsync(staff, found.Id, outcome, time.GetUtcNow(), CancellationToken.None)));

        console.MapPost("/cases/{code}/notes", (string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time) =>
            ActAsync(code, context, session, cases, time, async (staff, found, form) =>
                Text(form, "note", ConsoleCaseStore.MaxNoteLength) is { } text
                && await cases.AddNoteAsync(staff, found.Id, text, time.GetUtcNow(), CancellationToken.None)));

        // The full number is shown on this response only (a POST, never a URL; no-store like every console page).
        console.MapPost("/cases/{code}/reveal", async (string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            if (await FindAsync(code, context, cases, time) is not { } found) return Results.NotFound();
            var staff = ConsoleSession.Staff(context);
            if (!ConsoleCaseStore.MayReveal(staff, found)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var reason = form["reason"].ToString().Trim();
            if (reason.Length is < MinReasonLength or > MaxReasonLength || reason.Any(char.IsControl))
                return await ShowAsync(context, session, cases, time, found, alert: Labels.For(context).ReasonRequired, status: StatusCodes.Status400BadRequest);
            var number = await cases.RevealAsync(staff, found, reason, time.GetUtcNow(), CancellationToken.None);
            return await ShowAsync(context, session, cases, time, found, revealed: number);
        });

        console.MapPost("/cases/{code}/refer", async (string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time,
            EscalationSignal escalation) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            if (await FindAsync(code, context, cases, time) is not { } found) return Results.NotFound();
            var labels = Labels.For(context);
            var to = long.TryParse(form["organisation"].ToString(), out var id) ? id : 0;
            var result = await cases.ReferAsync(ConsoleSession.Staff(context), found.Id, to, time.GetUtcNow(), CancellationToken.None);
            if (result == ReferralResult.Done)
            {
                escalation.Notify(); // the receiver's on-call responder is paged now, not at the next tick
                context.Response.Headers.Location = "/console";
                return Results.StatusCode(StatusCodes.Status303SeeOther);
            }
            var (message, status) = result switch
            {
                ReferralResult.NotAllowed => (labels.ReferNotAllowed, StatusCodes.Status403Forbidden),
                ReferralResult.Closed => (labels.ReferClosed, StatusCodes.Status409Conflict),
                ReferralResult.NoConsentRecord => (labels.ReferNoConsent, StatusCodes.Status409Conflict),
                ReferralResult.ConsentRefused => (labels.ReferConsentRefused, StatusCodes.Status409Conflict),
                _ => (labels.ReferUnknownOrganisation, StatusCodes.Status400BadRequest),
            };
            return await ShowAsync(context, session, cases, time, found, alert: message, status: status);
        });
    }

    /// <summary>The signed-in person's organisation's case with this code, or null (also for another organisation's).</summary>
    private static async Task<ConsoleCase?> FindAsync(string code, HttpContext context, ConsoleCaseStore cases, TimeProvider time) =>
        code.Length > 20 ? null : await cases.GetAsync(ConsoleSession.Staff(context), code, time.GetUtcNow(), context.RequestAborted);

    /// <summary>Checks the form's anti-forgery token and the case's organisation, runs the action, and goes back to
    /// the case page (303, so a reload does not post again). An action that could not be done answers 409.</summary>
    private static async Task<IResult> ActAsync(string code, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time,
        Func<StaffUser, ConsoleCase, IFormCollection, Task<bool>> action)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!session.IsValid(context, form)) return Results.BadRequest();
        if (await FindAsync(code, context, cases, time) is not { } found) return Results.NotFound();
        if (!await action(ConsoleSession.Staff(context), found, form)) return Results.Conflict();
        context.Response.Headers.Location = "/console/cases/" + Uri.EscapeDataString(found.Code);
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>Typed text from the form: trimmed, line endings made \n, no other control characters, within the length.</summary>
    private static string? Text(IFormCollection form, string field, int maxLength)
    {
        var text = form[field].ToString().Trim();
        return text.Length is 0 || text.Length > maxLength || text.Any(c => char.IsControl(c) && c is not ('\n' or '\r'))
            ? null
            : text.ReplaceLineEndings("\n");
    }

    private static string Count(Labels labels, string draft)
    {
        var cost = SmsSegments.Measure(draft);
        return $"{cost.Segments} {labels.Segments} ({(cost.Encoding == SmsEncoding.Gsm7 ? "GSM-7" : "UCS-2")})";
    }

    /// <summary>The case page (audited as a view), with a draft kept, a message for the person, or the number just revealed.</summary>
    private static async Task<IResult> ShowAsync(HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time, ConsoleCase found,
        string? draft = null, string? alert = null, string? revealed = null, int status = StatusCodes.Status200OK)
    {
        var labels = Labels.For(context);
        var staff = ConsoleSession.Staff(context);
        await cases.AuditAsync(staff, "case.view", "case:" + found.Id, time.GetUtcNow(), CancellationToken.None);
        var messages = await cases.TranscriptAsync(staff, found.Id, context.RequestAborted);
        var timeline = await cases.TimelineAsync(staff, found.Id, context.RequestAborted);
        var organisations = await cases.ReferralTargetsAsync(staff, context.RequestAborted);
        return ConsoleLayout.Page(context, labels, found.Code,
            Render(context, session, labels, found, messages, timeline, organisations, time.GetUtcNow(), draft, alert, revealed),
            staff, QueueEndpoints.SignOut(context, session, labels), status);
    }

    private static Html Render(HttpContext context, ConsoleSession session, Labels labels, ConsoleCase found, IReadOnlyList<ConsoleMessage> messages,
        IReadOnlyList<TimelineEntry> timeline, IReadOnlyList<OrganisationChoice> organisations, DateTimeOffset now, string? draft, string? alert, string? revealed)
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
            <label>{labels.Outcome}<select name="outcome">{Html.Join(CaseChanges.Outcomes.Select(o => Html.Of($"<option value=\"{o}\">{o}</option>")))}</select></label>
            <button type="submit">{labels.Close}</button>
            </form>
            {ReferralForm(context, session, labels, found, staff, mine, organisations)}
            """);
        return Html.Of($"""
            <h1><span class="code">{found.Code}</span> <span class="kind {found.Kind}">{labels.KindName(found.Kind)}</span></h1>
            {(alert is null ? Html.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{alert}</p>"))}
            <dl class="facts">
            <dt>{labels.Number}</dt><dd>{found.ContactMasked}{(revealed is null ? Html.Empty : Html.Of($"<p class=\"revealed\" role=\"status\"><strong>{revealed}</strong> {labels.RevealedOnce}</p>"))}</dd>
            <dt>{labels.Status}</dt><dd>{found.Status}</dd>
            <dt>{labels.Need}</dt><dd>{found.Need ?? "–"}</dd>
            <dt>{labels.Province}</dt><dd>{found.Province ?? "–"}</dd>
            <dt>{labels.Screening}</dt><dd>{labels.ScreeningNone}</dd>
            <dt>{labels.Consent}</dt><dd>{labels.ConsentName(found.ConsentToShare)}</dd>
            <dt>{labels.SafeContact}</dt><dd>{labels.SafeContactName(found.SafeContact)}</dd>
            <dt>{labels.AssignedTo}</dt><dd>{found.AssignedName ?? labels.Nobody}</dd>
            <dt>{labels.Opened}</dt><dd>{ConsoleLayout.Time(found.OpenedAt)}</dd>
            <dt>{labels.CaseAge}</dt><dd>{ConsoleLayout.Duration((found.ClosedAt ?? now) - found.OpenedAt)}</dd>
            <dt>{labels.FirstPage}</dt><dd>{Since(found.OpenedAt, found.FirstPagedAt)}</dd>
            <dt>{labels.Acknowledged}</dt><dd>{Since(found.OpenedAt, found.AckedAt)}</dd>
            <dt>{labels.FirstReply}</dt><dd>{Since(found.OpenedAt, found.FirstReplyAt)}</dd>
            </dl>
            {RevealForm(context, session, labels, found, staff)}
            {actions}
            <form method="post" action="/console/cases/{found.Code}/notes" class="card">
            {session.Field(context)}
            <label>{labels.Note}<textarea name="note" rows="3" maxlength="{ConsoleCaseStore.MaxNoteLength}" required></textarea></label>
            <button type="submit">{labels.AddNote}</button>
            </form>
            <h2>{labels.Timeline}</h2>
            {Timeline(labels, timeline)}
            <h2>{labels.Transcript}</h2>
            <ol class="transcript">{lines}</ol>
            """);
    }

    private static Html Timeline(Labels labels, IReadOnlyList<TimelineEntry> timeline) =>
        timeline.Count == 0 ? Html.Of($"<p class=\"empty\">{labels.NoEvents}</p>") : Html.Of($"""
            <ol class="timeline">{Html.Join(timeline.Select(e => Html.Of($"""
                <li class="event {e.Kind}">
                <div class="meta">{ConsoleLayout.Time(e.At)} · {labels.EventName(e.Kind)} · {(e.OtherOrganisation ? labels.OtherOrganisation : e.Author ?? labels.SystemActor)}</div>
                {(e.Note is null ? Html.Empty : Html.Of($"<div class=\"body\">{e.Note}</div>"))}
                </li>
                """)))}</ol>
            """);

    private static Html RevealForm(HttpContext context, ConsoleSession session, Labels labels, ConsoleCase found, StaffUser staff) =>
        !ConsoleCaseStore.MayReveal(staff, found) ? Html.Of($"<p class=\"hint\">{labels.RevealNotAllowed}</p>") : Html.Of($"""
            <form method="post" action="/console/cases/{found.Code}/reveal" class="card reveal">
            {session.Field(context)}
            <label>{labels.RevealReason}<input type="text" name="reason" required minlength="{MinReasonLength}" maxlength="{MaxReasonLength}" autocomplete="off"></label>
            <button type="submit" class="secondary">{labels.RevealNumber}</button>
            </form>
            """);

    private static Html ReferralForm(HttpContext context, ConsoleSession session, Labels labels, ConsoleCase found, StaffUser staff, bool mine,
        IReadOnlyList<OrganisationChoice> organisations)
    {
        var refusal = found.ConsentToShare is null ? labels.ReferNoConsent
            : found.ConsentToShare is false ? labels.ReferConsentRefused
            : !mine && !ConsoleCaseStore.IsManager(staff) ? labels.ReferNotAllowed
            : organisations.Count == 0 ? labels.NoOtherOrganisations
            : null;
        if (refusal is not null) return Html.Of($"<p class=\"hint referral\">{labels.Refer}: {refusal}</p>");
        return Html.Of($"""
            <form method="post" action="/console/cases/{found.Code}/refer" class="card">
            {session.Field(context)}
            <label>{labels.Refer}<select name="organisation" required>{Html.Join(organisations.Select(o => Html.Of($"<option value=\"{o.Id}\">{o.Name}</option>")))}</select></label>
            <button type="submit">{labels.ReferButton}</button>
            </form>
            """);
    }

    private static Html TakeForm(HttpContext context, ConsoleSession session, Labels labels, ConsoleCase found, StaffUser staff) =>
        staff.ResponderId is null ? Html.Of($"<p class=\"hint\">{labels.NoResponder}</p>") : Html.Of($"""
            <form method="post" action="/console/cases/{found.Code}/take" class="card">{session.Field(context)}<button type="submit">{labels.Take}</button></form>
            """);

    private static Html ReplyForm(HttpContext context, ConsoleSession session, Labels labels, ConsoleCase found, string? draft) => Html.Of($"""
        <form method="post" action="/console/cases/{found.Code}/reply" class="card">
        {session.Field(context)}
        <label>{labels.Reply}<textarea name="text" rows="4" maxlength="{ConsoleCaseStore.MaxReplyLength}" required data-count="/console/cases/{found.Code}/count">{draft ?? ""}</textarea></label>
        <p class="count" id="segment-count" aria-live="polite">{(draft is null ? "" : Count(labels, draft))}</p>
        <div class="buttons"><button type="submit">{labels.Send}</button> <button type="submit" class="secondary" formaction="/console/cases/{found.Code}/count">{labels.CountSegments}</button></div>
        </form>
        """);

    private static string Since(DateTimeOffset opened, DateTimeOffset? at) =>
        at is { } t ? $"{ConsoleLayout.Time(t)} (+{ConsoleLayout.Duration(t - opened)})" : "–";
}
