using System.Security.Cryptography;
using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;
using Hotline.Server.Cases;
using Hotline.Storage.CheckIns;
using Hotline.Storage.Conversations;

namespace Hotline.Server.CheckIns;

/// <summary>
/// The answer to a check-in: 1 good, 2 OK, 3 would like to talk. "Talk" becomes a help request routed to the client's
/// own organisation and a task for the case worker. The duress word gets exactly the reply a "good" answer gets —
/// nothing in the thread changes — and silently raises an urgent case for the organisation (safety rule R6).
/// Anything else is not a check-in answer: the round counts as answered (the person is reachable) and the message
/// goes to the dialog as usual, so STOP, the quick exit and danger words work as everywhere.
/// </summary>
public sealed class CheckInAnswerService(CheckInSettings settings, CheckInStore store)
{
    private static readonly PreparedChoices Options = new([
        new ChoiceOption("good", ["good", "fine", "well", "ល្អ", "សុខសប្បាយ", "laor", "l'or", "sok sabay"]),
        new ChoiceOption("ok", ["ok", "okay", "so so", "ធម្មតា", "thommeta", "thomada"]),
        new ChoiceOption("talk", ["talk", "call me", "និយាយ", "ចង់និយាយ", "niyeay", "chong niyeay"]),
    ]);

    /// <returns>True when the message was a check-in answer and is fully handled.</returns>
    public bool TryHandle(InboundTransaction unit, OpenCheckIn checkIn)
    {
        var content = settings.Content;
        var text = TextNormaliser.Normalise(unit.Envelope.Body);
        if (checkIn.DuressWordHash is { } duress && Matches(duress, text))
        {
            unit.AnswerCheckIn(checkIn.CheckInId, "good");
            unit.OpenUrgentCase(CaseCodes.NewCaseCode(), "duress", checkIn.OrganisationId);
            unit.QueueOutbound(content.Text("thanks", checkIn.Language));
            return true;
        }

        var answer = ChoiceRecogniser.Recognise(text, Options);
        if (answer is not { Confidence: >= 0.5 } recognised)
        {
            unit.AnswerCheckIn(checkIn.CheckInId, null);
            return false;
        }
        unit.AnswerCheckIn(checkIn.CheckInId, recognised.Value);
        if (recognised.Value == "talk")
        {
            unit.OpenHelpCase(CaseCodes.NewCaseCode(), "checkin_talk", null, consentToShare: null, safeContact: null, checkIn.OrganisationId);
            unit.AddFollowUpTask(checkIn.OrganisationId, checkIn.EnrolmentId, checkIn.CheckInId, "need_to_talk");
            unit.QueueOutbound(content.Text("talk", checkIn.Language));
        }
        else unit.QueueOutbound(content.Text("thanks", checkIn.Language));
        return true;
    }

    private bool Matches(byte[] expected, NormalisedText text) =>
        store.WordHash(text.Original) is { } given && CryptographicOperations.FixedTimeEquals(given, expected);
}
