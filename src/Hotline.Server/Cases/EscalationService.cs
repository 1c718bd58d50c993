using Hotline.Domain.Cases;
using Hotline.Domain.Language;
using Hotline.Server.Outbox;
using Hotline.Storage.Cases;
using Npgsql;

namespace Hotline.Server.Cases;

/// <summary>
/// Pages responders about open cases: the first page as soon as a case opens, then the escalation chain
/// (primary → backup → coordinators → again, up to the organisation's repeat limit) whenever an acknowledgement
/// timeout passes. Runs from the clustered Quartz tick on whichever node fires it, and directly on the node that
/// just opened a case. Safe to run twice or on two nodes at once: due cases are claimed with SKIP LOCKED and
/// (case, round, step, responder) is unique, so a duplicate firing pages once.
/// </summary>
public sealed class EscalationService(
    NpgsqlDataSource dataSource,
    CaseStore cases,
    OutboxSignal outboxSignal,
    EscalationMetrics metrics,
    UrgentFollowUp followUp,
    TimeProvider time,
    ILogger<EscalationService> logger)
{
    private static readonly TimeSpan NoOneRetry = TimeSpan.FromMinutes(1);

    private const int Batch = 50;

    /// <summary>Handles every case whose check is due now, a batch per transaction until none is left (a burst of
    /// urgent messages must not wait for the next tick). Returns the number of pages queued.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var pages = 0;
        while (!ct.IsCancellationRequested)
        {
            var (claimed, paged) = await RunBatchAsync(ct);
            pages += paged;
            if (claimed < Batch) break;
        }
        return pages;
    }

    private async Task<(int Claimed, int Pages)> RunBatchAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var due = await cases.ClaimDueAsync(connection, transaction, now, Batch);
        if (due.Count == 0) return (0, 0);

        var directory = await cases.LoadDirectoryAsync(connection, transaction, now);
        var rota = new OnCallRota(directory.Shifts, directory.Responders);
        var pages = 0;
        foreach (var @case in due)
            pages += await HandleAsync(connection, transaction, @case, directory, rota, now);
        await transaction.CommitAsync(ct);
        if (pages > 0) outboxSignal.Notify();
        return (due.Count, pages);
    }

    private async Task<int> HandleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DueCase @case,
        CaseDirectory directory, OnCallRota rota, DateTimeOffset now)
    {
        var organisationId = @case.OrganisationId ?? Route(@case, directory, rota, now);
        if (organisationId is not { } orgId)
        {
            logger.LogError("No organisation can take case {CaseCode} ({Kind}) now; trying again in a minute", @case.Code, @case.Kind);
            // A simulator test case never reaches the fallback list either: duty managers carry real phones.
            var queued = @case.Kind == CaseKind.Urgent && !@case.IsTest ? await RaiseIntakeAlarmAsync(connection, transaction, @case, directory, now) : 0;
            await cases.SaveEscalationAsync(connection, transaction, @case.Id, null, @case.State, now + NoOneRetry, false, false, now);
            return queued;
        }

        if (@case.IsTest)
        {
            // A conversation typed into the simulator next to a real provider: real responders carry real phones and
            // must never be woken by a test. The case is routed (so it shows in the queue, marked as a test) and its
            // escalation ends here.
            logger.LogInformation("Case {CaseCode} is a simulator test case: routed, nobody paged", @case.Code);
            await cases.SaveEscalationAsync(connection, transaction, @case.Id, orgId, @case.State, null, false, false, now);
            return 0;
        }

        if (@case.Kind == CaseKind.Help)
            return await OfferHelpCaseAsync(connection, transaction, @case, orgId, directory, now);

        var policy = directory.Policies.GetValueOrDefault(orgId, EscalationPolicy.Default);
        var decision = new EscalationPlanner(policy).Next(@case.State, rota.OnCallNow(orgId, now), now);
        var paged = 0;
        if (decision.Outcome == EscalationOutcome.Page)
            foreach (var responderId in decision.Page)
                if (await PageAsync(connection, transaction, @case, responderId, decision.Round, decision.Step, directory, now))
                    paged++;

        var state = @case.State.After(decision, now);
        var exhausted = decision.Outcome == EscalationOutcome.Exhausted;
        if (exhausted)
        {
            // Shown in the organisation's console as a banner until someone takes the case; counted for monitoring.
            metrics.Exhausted.Add(1);
            logger.LogError("Urgent case {CaseCode}: nobody acknowledged after every escalation round; it needs a person now", @case.Code);
        }
        await cases.SaveEscalationAsync(connection, transaction, @case.Id, orgId, state,
            decision.Outcome is EscalationOutcome.Stopped or EscalationOutcome.Exhausted ? null : decision.DueAt, exhausted, paged > 0, now);
        if (paged > 0) logger.LogInformation("Case {CaseCode}: {Pages} page(s) queued at step {Step}", @case.Code, paged, decision.Step);
        return paged;
    }

    /// <summary>
    /// An urgent case no organisation can take because nobody is on call anywhere. It already shows in every
    /// coordinator's intake queue (it has no organisation); once per case, this pages the fallback list (duty managers
    /// coordinators marked, in any organisation: a page they can ACK like any other, which takes the case into their
    /// organisation), sends the person one follow-up with the emergency numbers of their country (unless they opted
    /// out), counts it and logs it by case code. Returns the messages queued.
    /// </summary>
    private async Task<int> RaiseIntakeAlarmAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DueCase @case,
        CaseDirectory directory, DateTimeOffset now)
    {
        if (await cases.ClaimIntakeAlarmAsync(connection, transaction, @case.Id, now) is not { } person) return 0;
        var queued = 0;
        foreach (var responderId in await cases.FallbackRespondersAsync(connection, transaction))
            if (await PageAsync(connection, transaction, @case, responderId, IntakeRound, IntakeStep, directory, now))
                queued++;
        var fallbacks = queued;
        if (!person.OptedOut)
        {
            var language = LanguageForms.TryParse(person.Language, out var form) ? form : LanguageForm.Km;
            await cases.QueueFollowUpAsync(connection, transaction, @case.Id, person.ContactId, followUp.For(person.Country, language), now);
            queued++;
        }
        metrics.UnroutedUrgent.Add(1);
        logger.LogError("Urgent case {CaseCode}: nobody is on call in any organisation; it waits in every coordinator's intake queue, " +
            "{Fallbacks} fallback responder(s) paged, emergency follow-up queued: {FollowUp}", @case.Code, fallbacks, !person.OptedOut);
        return queued;
    }

    /// <summary>Fallback pages are round 0 (the organisation's own chain starts at round 1 once the case has one).</summary>
    private const int IntakeRound = 0;
    private const int IntakeStep = 0;

    /// <summary>A help request is offered to one responder chosen round-robin (covering the need and province where
    /// possible); it then waits in the organisation's queue until someone takes it.</summary>
    private async Task<int> OfferHelpCaseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DueCase @case, long orgId,
        CaseDirectory directory, DateTimeOffset now)
    {
        var candidates = directory.Responders.Where(r => r.OrganisationId == orgId).ToList();
        var last = await cases.LastHelpAssigneeAsync(connection, transaction, orgId);
        var pick = RoundRobin.Pick(candidates, last, @case.Need, @case.Province);
        var paged = pick is not null && await PageAsync(connection, transaction, @case, pick.Id, 1, 1, directory, now);
        var state = @case.State with { Step = 1, Round = 1, LastPagedAt = now };
        await cases.SaveEscalationAsync(connection, transaction, @case.Id, orgId, state, null, false, paged, now);
        return paged ? 1 : 0;
    }

    private async Task<bool> PageAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DueCase @case, long responderId,
        int round, int step, CaseDirectory directory, DateTimeOffset now)
    {
        if (!directory.ResponderContacts.TryGetValue(responderId, out var contactId)) return false;
        var responder = directory.Responders.First(r => r.Id == responderId);
        var language = responder.Languages.FirstOrDefault() ?? "en";
        var code = CaseCodes.NewPageCode();
        var text = PageText.For(@case.Kind, @case.Code, code, @case.Need, @case.Province, language);
        return await cases.PageAsync(connection, transaction, @case.Id, round, step, responderId, contactId, code, text, now);
    }

    private static long? Route(DueCase @case, CaseDirectory directory, OnCallRota rota, DateTimeOffset now) =>
        @case.Kind == CaseKind.Urgent
            ? CaseRouter.RouteUrgent(@case.Need, @case.Province, directory.Coverage, id => rota.HasSomeoneOnCall(id, now))
            : CaseRouter.Route(@case.Need ?? "other", @case.Province, directory.Coverage)
              ?? CaseRouter.RouteUrgent(@case.Need, @case.Province, directory.Coverage, _ => true);
}
