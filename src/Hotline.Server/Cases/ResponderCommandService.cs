using Hotline.Domain.Cases;
using Hotline.Storage.Admin;
using Hotline.Storage.Cases;
using Hotline.Storage.Conversations;

namespace Hotline.Server.Cases;

/// <summary>
/// A message from a registered responder's number is a command, not a dialog: ACK / 1 (take a case), PASS,
/// R (reply to the client through the hotline number), DONE, ON / OFF, HELP. State-changing commands need the
/// responder's PIN or the page's code, because an SMS sender can be forged; a refused command is logged (ids only)
/// and answered with how to do it right.
/// </summary>
public sealed class ResponderCommandService(ResponderCaseStore store, ILogger<ResponderCommandService> logger)
{
    private static readonly CredentialRule Rule = new();

    public async Task HandleAsync(InboundTransaction unit, SenderResponder responder, CancellationToken ct)
    {
        var language = responder.Language;
        var command = ResponderCommandParser.Parse(unit.Envelope.Body);
        if (command is null)
        {
            unit.QueueOutbound(ResponderTexts.Usage(language));
            return;
        }

        switch (command.Kind)
        {
            case ResponderCommandKind.Help:
                unit.QueueOutbound(ResponderTexts.Help(language));
                return;
            case ResponderCommandKind.On or ResponderCommandKind.Off:
                if (!PinMatches(command, responder)) { Refuse(unit, responder, command, language); return; }
                await store.SetOnDutyAsync(unit, responder.Id, command.Kind == ResponderCommandKind.On);
                unit.QueueOutbound(command.Kind == ResponderCommandKind.On ? "ON" : "OFF");
                return;
        }

        var code = command.CaseCode ?? (command.Kind == ResponderCommandKind.AckLatest ? await store.LatestPagedCodeAsync(unit, responder.Id) : null);
        var @case = code is null ? null : await store.FindAsync(unit, responder.Id, responder.OrganisationId, code);
        if (@case is null)
        {
            unit.QueueOutbound(ResponderTexts.Usage(language));
            return;
        }

        var verified = PinMatches(command, responder)
            || (command.Credential is { } given && await store.PageCodeMatchesAsync(unit, @case.Id, responder.Id, given));
        var lastVerified = await store.LastVerifiedAtAsync(unit, @case.Id, responder.Id);
        var lastVerifiedAt = lastVerified is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : (DateTimeOffset?)null;
        if (!Rule.Allows(command, verified, lastVerifiedAt, unit.Now))
        {
            Refuse(unit, responder, command, language);
            return;
        }

        switch (command.Kind)
        {
            case ResponderCommandKind.Ack or ResponderCommandKind.AckLatest:
                if (await store.TakeAsync(unit, @case.Id, responder.Id))
                {
                    logger.LogInformation("Case {CaseCode} acknowledged by responder {ResponderId}", @case.Code, responder.Id);
                    unit.QueueOutbound(ResponderTexts.Acknowledged(@case.Code, language));
                }
                else
                    unit.QueueOutbound(ResponderTexts.AlreadyTaken(@case.Code, language));
                return;
            case ResponderCommandKind.Pass:
                await store.PassAsync(unit, @case.Id, responder.Id);
                unit.MarkCasesTouched();
                unit.QueueOutbound($"PASS {@case.Code}");
                return;
            case ResponderCommandKind.Reply:
                if (@case.Status != "assigned" || @case.AssignedResponderId != responder.Id || string.IsNullOrWhiteSpace(command.Text))
                {
                    unit.QueueOutbound(ResponderTexts.Usage(language));
                    return;
                }
                if (await store.NotSafeToContactAsync(unit, @case))
                {
                    unit.QueueOutbound(ResponderTexts.NotSafeToContact(@case.Code, language));
                    return;
                }
                await store.ReplyToClientAsync(unit, @case, responder.Id, command.Text);
                unit.CountOutbound();
                return;
            case ResponderCommandKind.Done:
                await store.CloseAsync(unit, @case.Id, responder.Id, command.Text);
                unit.QueueOutbound($"DONE {@case.Code}");
                return;
        }
    }

    private static bool PinMatches(ResponderCommand command, SenderResponder responder) =>
        command.Credential is { } pin && ResponderPin.Verify(pin, responder.PinHash);

    private void Refuse(InboundTransaction unit, SenderResponder responder, ResponderCommand command, string language)
    {
        logger.LogWarning("Responder {ResponderId} sent {Command} without a valid PIN or page code; ignored", responder.Id, command.Kind);
        unit.QueueOutbound(ResponderTexts.CredentialNeeded(language));
    }
}
