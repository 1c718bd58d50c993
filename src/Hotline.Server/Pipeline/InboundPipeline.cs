using Hotline.Domain.Conversations;
using Hotline.Server.Outbox;
using Hotline.Storage.Conversations;
using Hotline.Storage.Protection;
using Npgsql;

namespace Hotline.Server.Pipeline;

/// <summary>
/// One inbound message, start to finish, in one transaction: store it (a provider retry is a no-op), lock the
/// contact, run the conversation step, store the new state and carry out every effect (outbox rows, opt-outs, …).
/// Only after the commit does the webhook answer, so a message we acknowledged is never lost.
/// </summary>
public sealed class InboundPipeline(
    NpgsqlDataSource dataSource,
    FieldProtector protector,
    IConversationEngine engine,
    EffectHandlerRegistry handlers,
    OutboxSignal outboxSignal,
    Cases.EscalationSignal escalationSignal,
    Cases.ResponderCommandService responderCommands,
    CheckIns.CheckInAnswerService checkInAnswers,
    ILogger<InboundPipeline> logger)
{
    /// <summary>Attempts at a message whose new case drew a code another case already has (random codes: a rare
    /// event, and each attempt draws fresh codes).</summary>
    private const int CaseCodeAttempts = 5;

    public async Task<InboundOutcome> ProcessAsync(InboundEnvelope envelope, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ProcessOnceAsync(envelope, ct);
            }
            catch (PostgresException ex) when (ex is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "cases_code_key" })
            {
                // The whole unit rolled back (the inbound row with it): run the message again from the start, so it
                // is stored and its case opened under another code. Never lost, never a 503 for a collision.
                if (attempt >= CaseCodeAttempts)
                {
                    logger.LogError("A new case drew a code already in use {Attempts} times for message {ProviderSid}; the message is stored without a reply",
                        attempt, envelope.ProviderSid);
                    return await StoreWithoutReplyAsync(envelope, ct);
                }
                logger.LogWarning("A new case drew a code already in use (attempt {Attempt} for message {ProviderSid}); trying again",
                    attempt, envelope.ProviderSid);
            }
        }
    }

    private async Task<InboundOutcome> ProcessOnceAsync(InboundEnvelope envelope, CancellationToken ct)
    {
        await using var unit = await InboundTransaction.BeginAsync(dataSource, protector, envelope, ct);
        if (unit is null)
        {
            logger.LogInformation("Inbound message {ProviderSid} was already stored; retry ignored", envelope.ProviderSid);
            return InboundOutcome.Duplicate;
        }

        if (unit.Responder is { } responder)
        {
            await responderCommands.HandleAsync(unit, responder, ct);
            await unit.CommitAsync(unit.State, ct);
            NotifyWorkers(unit);
            return InboundOutcome.Processed;
        }

        var input = new StepInput(
            new InboundMessage(envelope.Body, envelope.Channel, envelope.Country, envelope.ReceivedAt),
            unit.Contact);
        StepResult result;
        var checkInAnswered = false;
        try
        {
            // The step is pure, so it can be computed before deciding: when a check-in waits for this person's answer,
            // the message is the check-in's — unless the dialog hears STOP, the quick exit or danger in it.
            result = engine.Step(unit.State, input, envelope.ReceivedAt);
            if (unit.OpenCheckIn is { } checkIn
                && checkInAnswers.TryHandle(unit, checkIn, interrupted: CheckIns.CheckInAnswerService.Interrupts(result.Effects)))
            {
                checkInAnswered = true;
                result = new StepResult(unit.State, []);   // the dialog's step is dropped: its state stays as it was
            }
            IEnumerable<Effect> effects = result.Effects;
            if (unit.AssignedCase is { } assigned && !checkInAnswered)
            {
                // A person is talking with this client now: the dialog still hears STOP, the quick exit and danger,
                // but its automatic replies are held back, and the client's words go to that responder.
                effects = effects.Where(e => e is not Domain.Conversations.Effects.SendReply);
                // A simulator conversation is never relayed to a responder's real phone (it is a test).
                if (assigned.RelayBySms && envelope.Channel != Channel.Simulator)
                    unit.QueueOutboundTo(assigned.ResponderContactId, RelayText(assigned.Code, envelope.Body), OutboundKinds.Relay);
            }
            foreach (var effect in effects)
                handlers.For(effect).Apply(unit, effect);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The message is kept (it was delivered to us); the person gets no half-made reply. The exception type
            // and stack are logged, never the text.
            logger.LogError("Conversation step failed for message {MessageId} of contact {ContactId}: {ExceptionType} {StackTrace}",
                unit.MessageId, unit.ContactId, ex.GetType().Name, ex.StackTrace);
            await unit.DisposeAsync(); // rolls back, releasing the contact lock
            return await StoreWithoutReplyAsync(envelope, ct);
        }

        await unit.CommitAsync(result.State, ct);
        NotifyWorkers(unit);
        logger.LogDebug("Message {MessageId} of contact {ContactId} processed; {Replies} outbound queued", unit.MessageId, unit.ContactId, unit.OutboundQueued);
        return InboundOutcome.Processed;
    }

    private void NotifyWorkers(InboundTransaction unit)
    {
        if (unit.OutboundQueued > 0) outboxSignal.Notify();
        if (unit.CasesTouched) escalationSignal.Notify();
    }

    /// <summary>The client's words for the responder, tagged with the case code; very long texts are cut to keep
    /// the responder's SMS bill sane (the whole text stays in the transcript).</summary>
    private static string RelayText(string caseCode, string body)
    {
        const int max = 600;
        var text = body.Length > max ? body[..max] + "…" : body;
        return $"[{caseCode}] {text}";
    }

    private async Task<InboundOutcome> StoreWithoutReplyAsync(InboundEnvelope envelope, CancellationToken ct)
    {
        await using var unit = await InboundTransaction.BeginAsync(dataSource, protector, envelope, ct);
        if (unit is null) return InboundOutcome.Duplicate;
        await unit.CommitAsync(unit.State, ct, status: "failed");
        return InboundOutcome.StoredWithoutReply;
    }
}
