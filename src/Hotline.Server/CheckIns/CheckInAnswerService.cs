using System.Security.Cryptography;
using Hotline.Content;
using Hotline.Domain.CheckIns;
using Hotline.Domain.Conversations;
using Hotline.Domain.Conversations.Effects;
using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;
using Hotline.Server.Cases;
using Hotline.Storage.CheckIns;
using Hotline.Storage.Conversations;

namespace Hotline.Server.CheckIns;

/// <summary>
/// The answers to a check-in, as a small state machine on the round's row: first "how are things" (1 good, 2 OK,
/// 3 would like to talk), then the round's follow-up questions from the plan, one SMS each — work (yes/no), last
/// month's income (riel, dollars or baht; skipped after "no work") and one reintegration component (yes = would like
/// help). Answers are stored in structured form; a low income or "no work" two rounds running makes a task.
/// <para>"Talk" becomes a help request routed to the client's own organisation and a task for the case worker. The
/// duress word gets exactly the reply a "good" answer gets — nothing in the thread changes — and silently raises an
/// urgent case for the organisation (safety rule R6).</para>
/// <para>STOP, the quick exit and danger win at every step: the dialog's own step is computed first, and when it
/// carries one of them the check-in's questions end and the dialog's result stands. A message that answers nothing
/// asked (the person writes about something else) also ends the questions and goes to the dialog as usual.</para>
/// </summary>
public sealed class CheckInAnswerService(CheckInSettings settings, CheckInStore store)
{
    private static readonly PreparedChoices Options = new([
        new ChoiceOption("good", ["good", "fine", "well", "ល្អ", "សុខសប្បាយ", "laor", "l'or", "sok sabay"]),
        new ChoiceOption("ok", ["ok", "okay", "so so", "ធម្មតា", "thommeta", "thomada"]),
        new ChoiceOption("talk", ["talk", "call me", "និយាយ", "ចង់និយាយ", "niyeay", "chong niyeay"]),
    ]);

    /// <summary>Below this a yes/no or an amount is not taken as the answer (the message goes to the dialog).</summary>
    private const double MinConfidence = 0.6;

    /// <summary>True when the dialog's step for this message must win over any check-in reading of it.</summary>
    public static bool Interrupts(IEnumerable<Effect> dialogEffects) =>
        dialogEffects.Any(e => e is OptOut or QuickExit or RaiseUrgent);

    /// <param name="interrupted">The dialog's step carries STOP, the quick exit or danger (see <see cref="Interrupts"/>).</param>
    /// <returns>True when the message was a check-in answer and is fully handled; false: the dialog handles it.</returns>
    public bool TryHandle(InboundTransaction unit, OpenCheckIn checkIn, bool interrupted)
    {
        var content = settings.Content;
        var text = TextNormaliser.Normalise(unit.Envelope.Body);
        if (checkIn.DuressWordHash is { } duress && Matches(duress, text))
        {
            unit.OpenUrgentCase(CaseCodes.NewCaseCode(), "duress", checkIn.OrganisationId);
            if (checkIn.WaitingFor is null) unit.AnswerCheckIn(checkIn.CheckInId, "good");
            AskNext(unit, checkIn, after: Stage(checkIn), checkIn.HasWork);
            return true;
        }

        if (interrupted)
        {
            End(unit, checkIn);
            return false;
        }

        return checkIn.WaitingFor switch
        {
            null => Wellbeing(unit, checkIn, text),
            "work" => Work(unit, checkIn, text),
            "income" => Income(unit, checkIn, MonthlyIncome.Read(text), content.Income),
            "income_currency" => Income(unit, checkIn, CurrencyFor(checkIn.IncomeAmount, text), content.Income),
            "component" => Component(unit, checkIn, text),
            _ => NotAnAnswer(unit, checkIn),
        };
    }

    private bool Wellbeing(InboundTransaction unit, OpenCheckIn checkIn, NormalisedText text)
    {
        if (ChoiceRecogniser.Recognise(text, Options) is not { Confidence: >= 0.5 } answer) return NotAnAnswer(unit, checkIn);
        unit.AnswerCheckIn(checkIn.CheckInId, answer.Value);
        if (answer.Value == "talk")
        {
            unit.OpenHelpCase(CaseCodes.NewCaseCode(), "checkin_talk", null, consentToShare: null, safeContact: null, checkIn.OrganisationId);
            unit.AddFollowUpTask(checkIn.OrganisationId, checkIn.EnrolmentId, checkIn.CheckInId, "need_to_talk");
            unit.QueueOutbound(settings.Content.Text("talk", checkIn.Language));
            return true;
        }
        AskNext(unit, checkIn, after: null, hasWork: null);
        return true;
    }

    private bool Work(InboundTransaction unit, OpenCheckIn checkIn, NormalisedText text)
    {
        if (YesNoRecogniser.Recognise(text) is not { Confidence: >= MinConfidence } answer) return NotAnAnswer(unit, checkIn);
        unit.RecordWork(checkIn.CheckInId, answer.Value);
        if (!answer.Value) unit.AddNoWorkTaskIfSecondRound(checkIn.OrganisationId, checkIn.EnrolmentId, checkIn.CheckInId);
        AskNext(unit, checkIn, after: CheckInQuestion.Work, answer.Value);
        return true;
    }

    private bool Income(InboundTransaction unit, OpenCheckIn checkIn, Recognised<Money>? answer, IncomeRules rules)
    {
        if (answer is not { Confidence: >= MinConfidence } recognised) return NotAnAnswer(unit, checkIn);
        var money = recognised.Value;
        if (money.Currency is null && money.Amount > 0)
        {
            if (checkIn.WaitingFor == "income_currency") return NotAnAnswer(unit, checkIn);   // asked once already
            // "300": dollars, riel and baht differ a hundredfold; ask once rather than guess.
            unit.RecordIncome(checkIn.CheckInId, money.Amount, null, null);
            unit.Await(checkIn.CheckInId, "income_currency", unit.Now + settings.Content.AnswerWithin);
            unit.QueueOutbound(settings.Content.Text("income_currency", checkIn.Language));
            return true;
        }
        var cents = rules.UsdCents(money);
        unit.RecordIncome(checkIn.CheckInId, money.Amount, money.Currency, cents);
        if (cents is { } c && rules.IsLow(c))
            unit.AddFollowUpTask(checkIn.OrganisationId, checkIn.EnrolmentId, checkIn.CheckInId, "low_income");
        AskNext(unit, checkIn, after: CheckInQuestion.Income, checkIn.HasWork);
        return true;
    }

    /// <summary>The answer to "dollars, riel or baht?": a currency alone goes with the amount said before; an amount
    /// with its currency replaces it.</summary>
    private static Recognised<Money>? CurrencyFor(decimal? pending, NormalisedText text)
    {
        if (MoneyRecogniser.Recognise(text) is { Value.Currency: not null } full) return full;
        if (pending is not { } amount) return null;
        var combined = MoneyRecogniser.Recognise(TextNormaliser.Normalise(amount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + text.Clean));
        return combined is { Value.Currency: not null } ? combined : null;
    }

    private bool Component(InboundTransaction unit, OpenCheckIn checkIn, NormalisedText text)
    {
        if (YesNoRecogniser.Recognise(text) is not { Confidence: >= MinConfidence } answer) return NotAnAnswer(unit, checkIn);
        unit.RecordComponent(checkIn.CheckInId, ReintegrationComponents.ForRound(checkIn.Round), answer.Value);
        AskNext(unit, checkIn, after: CheckInQuestion.Component, checkIn.HasWork);
        return true;
    }

    /// <summary>Sends the round's next question, or the thanks when none is left.</summary>
    private void AskNext(InboundTransaction unit, OpenCheckIn checkIn, CheckInQuestion? after, bool? hasWork)
    {
        var content = settings.Content;
        var questions = content.Plans.TryGetValue(checkIn.Plan, out var plan) ? plan.QuestionsFor(checkIn.Round) : [];
        var index = after is { } answered ? IndexOf(questions, answered) + 1 : 0;
        while (index < questions.Count && questions[index] == CheckInQuestion.Income && hasWork == false) index++;
        if (index >= questions.Count)
        {
            if (checkIn.WaitingFor is not null) unit.Await(checkIn.CheckInId, null, null);
            unit.QueueOutbound(content.Text("thanks", checkIn.Language));
            return;
        }
        var next = questions[index];
        unit.Await(checkIn.CheckInId, next.Code(), unit.Now + content.AnswerWithin);
        var key = next == CheckInQuestion.Component ? CheckInContent.ComponentKey(ReintegrationComponents.ForRound(checkIn.Round)) : next.Code();
        unit.QueueOutbound(content.Text(key, checkIn.Language));
    }

    private static int IndexOf(IReadOnlyList<CheckInQuestion> questions, CheckInQuestion question)
    {
        for (var i = 0; i < questions.Count; i++) if (questions[i] == question) return i;
        return questions.Count;
    }

    private static CheckInQuestion? Stage(OpenCheckIn checkIn) => checkIn.WaitingFor switch
    {
        "income_currency" => CheckInQuestion.Income,
        var code => CheckInQuestions.TryParse(code, out var q) ? q : null,
    };

    /// <summary>The person wrote about something else: the round still counts as answered (they are reachable), the
    /// questions end, and the message goes to the dialog.</summary>
    private static bool NotAnAnswer(InboundTransaction unit, OpenCheckIn checkIn)
    {
        End(unit, checkIn);
        return false;
    }

    private static void End(InboundTransaction unit, OpenCheckIn checkIn)
    {
        if (checkIn.WaitingFor is null) unit.AnswerCheckIn(checkIn.CheckInId, null);
        else unit.Await(checkIn.CheckInId, null, null);
    }

    private bool Matches(byte[] expected, NormalisedText text) =>
        store.WordHash(text.Original) is { } given && CryptographicOperations.FixedTimeEquals(given, expected);
}
