using Hotline.Domain.Conversations;
using Hotline.Domain.Conversations.Effects;
using Hotline.Domain.Language;

namespace Hotline.Domain.Dialogs;

/// <summary>
/// The dialog engine: <c>Step(snapshot, state, input, now) → (state, effects)</c>. No I/O, no clock, no
/// randomness; the same inputs always give the same result.
///
/// Order of precedence for one message:
/// <list type="number">
/// <item>expiry: a conversation idle longer than the content's limit is forgotten (rule R4);</item>
/// <item>the quick-exit word, STOP and START, exactly as the whole message;</item>
/// <item>nothing more for a contact who has opted out (only an urgent alarm, with no reply);</item>
/// <item>urgent danger, from anywhere in any flow;</item>
/// <item>language, MENU/back and HELP commands, exactly as the whole message;</item>
/// <item>otherwise the message answers the question waiting, or starts a session at the menu.</item>
/// </list>
/// </summary>
public static class DialogEngine
{
    /// <summary>Node visits allowed in one step: content that loops without asking anything stops here.</summary>
    private const int MaxVisits = 64;

    /// <summary>Flows waiting to be returned to; deeper calls drop the oldest.</summary>
    private const int MaxStack = 8;

    public static StepResult Step(ContentSnapshot snapshot, ConversationState state, StepInput input, DateTimeOffset now)
    {
        var settings = snapshot.Settings;
        var text = TextNormaliser.Normalise(input.Message.Text);

        var opening = state.LastActivityAt switch
        {
            null => SessionOpening.FirstContact,
            var last when now - last.Value > settings.ExpiresAfter => SessionOpening.WelcomeBack,
            _ => SessionOpening.None,
        };
        if (opening != SessionOpening.None || !IsWaitingIn(snapshot, state))
        {
            // A new session: forget the half-finished question and every saved answer, keep only the language.
            state = new ConversationState { Language = state.Language, LastActivityAt = state.LastActivityAt, PendingOpening = opening };
        }

        var run = new DialogRun(snapshot, state, input, now);
        var command = snapshot.Commands.Match(text.Key);

        switch (command)
        {
            case GlobalCommand.QuickExit:
                run.Emit(new QuickExit());
                if (settings.QuickExitReply is not null) run.Send(settings.QuickExitReply);
                return Idle(run, now);
            case GlobalCommand.Stop:
                run.Emit(new OptOut());
                if (settings.StopReply is not null) run.Send(settings.StopReply);
                return Idle(run, now);
        }

        var urgent = snapshot.Urgent.Detect(text);
        if (input.Contact.OptedOut && command != GlobalCommand.Start)
        {
            // Nothing may be sent until START; an alarm still reaches the responders, who see it in the console.
            if (urgent is not null) run.Emit(new RaiseUrgent(urgent));
            return new StepResult(state with { LastActivityAt = now }, run.Effects);
        }

        // Detected once per step: following the person's form and answering the language question both read it.
        var detected = LanguageDetector.Detect(text);
        if (command is null) FollowLanguage(run, text, detected);

        if (urgent is not null)
        {
            run.Emit(new RaiseUrgent(urgent));
            if (run.FlowId != settings.UrgentFlow || run.NodeId is null)
            {
                run.Stack.Clear();
                run.Opening = SessionOpening.None;
                return Go(run, NodeResult.StartFlow(settings.UrgentFlow, returnAfter: false), now);
            }
            // Already in the urgent flow: the alarm is raised again and the message answers its question.
            return Answer(run, text, detected, now);
        }

        switch (command)
        {
            case GlobalCommand.Start:
                run.Emit(new OptIn());
                if (run.Opening == SessionOpening.None && input.Contact.OptedOut) run.Opening = SessionOpening.WelcomeBack;
                return StartSession(run, text, now, allowTriggers: false);
            case GlobalCommand.LanguageKm:
            case GlobalCommand.LanguageKmLatn:
            case GlobalCommand.LanguageEn:
                run.ChangeLanguage(command switch
                {
                    GlobalCommand.LanguageKm => LanguageForm.Km,
                    GlobalCommand.LanguageKmLatn => LanguageForm.KmLatn,
                    _ => LanguageForm.En,
                });
                return run.NodeId is not null && run.FlowId != settings.LanguageFlow
                    ? AskCurrentAgain(run, now, retry: false)
                    : Go(run, StartMenu(run), now);
            case GlobalCommand.Menu:
            case GlobalCommand.Back:
                return run.KnownLanguage is null ? StartSession(run, text, now, allowTriggers: false) : Go(run, StartMenu(run), now);
            case GlobalCommand.Help:
                run.Send(settings.Help);
                return run.NodeId is not null ? AskCurrentAgain(run, now, retry: false) : StartSession(run, text, now, allowTriggers: false);
        }

        return run.NodeId is not null ? Answer(run, text, detected, now) : StartSession(run, text, now, allowTriggers: true);
    }

    private static bool IsWaitingIn(ContentSnapshot snapshot, ConversationState state) =>
        state.FlowId is not null && state.NodeId is not null
        && snapshot.Flows.TryGetValue(state.FlowId, out var flow) && flow.Nodes.GetValueOrDefault(state.NodeId) is Question;

    /// <summary>
    /// Replies follow the form the person writes in. A change of script always switches. Between romanized
    /// Khmer and English (both Latin letters) a short answer such as "Thailand" or "ok" is shared by both, so
    /// while a question waits only a message of three words or more switches.
    /// </summary>
    private static void FollowLanguage(DialogRun run, NormalisedText text, LanguageForm? written)
    {
        if (written is not { } detected || detected == run.KnownLanguage) return;
        if (run.KnownLanguage is { } current && run.NodeId is not null
            && (current == LanguageForm.Km) == (detected == LanguageForm.Km)
            && WordCount(text.Clean) < 3)
        {
            return;
        }
        run.ChangeLanguage(detected);
    }

    private static int WordCount(string clean)
    {
        var words = clean.Length == 0 ? 0 : 1;
        foreach (var c in clean)
        {
            if (c == ' ') words++;
        }
        return words;
    }

    private static StepResult StartSession(DialogRun run, NormalisedText text, DateTimeOffset now, bool allowTriggers)
    {
        run.Stack.Clear();
        run.Attempts = 0;
        run.ClearValues();
        var settings = run.Settings;
        if (run.KnownLanguage is null)
        {
            return Go(run, NodeResult.StartFlow(settings.LanguageFlow, returnAfter: false), now);
        }
        if (allowTriggers && run.Opening != SessionOpening.FirstContact && run.Snapshot.Triggers.TryGetValue(text.Key, out var flowId))
        {
            run.Opening = SessionOpening.None;
            return Go(run, NodeResult.StartFlow(flowId, returnAfter: false), now);
        }
        return Go(run, StartMenu(run), now);
    }

    private static NodeResult StartMenu(DialogRun run)
    {
        run.Stack.Clear();
        run.Attempts = 0;
        return NodeResult.StartFlow(run.Settings.StartFlow, returnAfter: false);
    }

    private static StepResult Answer(DialogRun run, NormalisedText text, LanguageForm? detected, DateTimeOffset now)
    {
        var settings = run.Settings;
        var question = (Question)run.Snapshot.Flows[run.FlowId!].Nodes[run.NodeId!];
        var value = question.Read(text, run);
        if (value is null)
        {
            if (run.FlowId == settings.LanguageFlow && detected is { } written)
            {
                // Asked which language, the person simply wrote in one: that answers it.
                run.ChangeLanguage(written);
                return Go(run, StartMenu(run), now);
            }
            run.Attempts++;
            if (run.Attempts < settings.MaxAttempts) return AskCurrentAgain(run, now, retry: true);

            // Give up kindly: one line offering a person or the menu, then wait at the menu without resending it,
            // so "6" or "menu" work straight away.
            run.Send(settings.GiveUp);
            run.Stack.Clear();
            run.Attempts = 0;
            run.Opening = SessionOpening.None;
            run.FlowId = settings.StartFlow;
            run.NodeId = run.Snapshot.Flows[settings.StartFlow].Start;
            return new StepResult(run.ToState(now, waiting: true), run.Effects);
        }

        run.Attempts = 0;
        if (question.Save is not null) run.SetValue(question.Save, value);
        return Go(run, question.Answered(value, run), now);
    }

    private static StepResult AskCurrentAgain(DialogRun run, DateTimeOffset now, bool retry)
    {
        var question = (Question)run.Snapshot.Flows[run.FlowId!].Nodes[run.NodeId!];
        if (retry) run.AskAgain(question);
        else run.Ask(question);
        return new StepResult(run.ToState(now, waiting: true), run.Effects);
    }

    /// <summary>Follows node results until a question waits or the conversation ends.</summary>
    private static StepResult Go(DialogRun run, NodeResult result, DateTimeOffset now)
    {
        var flows = run.Snapshot.Flows;
        for (var visits = 0; visits < MaxVisits; visits++)
        {
            switch (result.Kind)
            {
                case NodeResultKind.Wait:
                    return new StepResult(run.ToState(now, waiting: true), run.Effects);

                case NodeResultKind.EndConversation:
                    return Idle(run, now);

                case NodeResultKind.EnterFlow:
                    if (result.Return && run.FlowId is not null && run.NodeId is not null
                        && flows[run.FlowId].Nodes[run.NodeId].Next is { } after)
                    {
                        if (run.Stack.Count == MaxStack) run.Stack.RemoveAt(0);
                        run.Stack.Add(new ReturnPoint(run.FlowId, after));
                    }
                    if (!flows.TryGetValue(result.Target!, out var entered)) return Idle(run, now);
                    run.FlowId = entered.Id;
                    result = Enter(run, entered, entered.Start);
                    break;

                case NodeResultKind.Continue:
                    if (result.Target is not null)
                    {
                        result = Enter(run, flows[run.FlowId!], result.Target);
                        break;
                    }
                    if (run.Stack.Count == 0) return Idle(run, now);
                    var back = run.Stack[^1];
                    run.Stack.RemoveAt(run.Stack.Count - 1);
                    if (!flows.TryGetValue(back.FlowId, out var resumed)) return Idle(run, now);
                    run.FlowId = resumed.Id;
                    result = Enter(run, resumed, back.NodeId);
                    break;
            }
        }
        return Idle(run, now);
    }

    private static NodeResult Enter(DialogRun run, Flow flow, string nodeId)
    {
        if (!flow.Nodes.TryGetValue(nodeId, out var node)) return NodeResult.EndConversation;
        run.NodeId = nodeId;
        return node.Enter(run);
    }

    private static StepResult Idle(DialogRun run, DateTimeOffset now) => new(run.ToState(now, waiting: false), run.Effects);
}
