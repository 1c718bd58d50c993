using System.Collections.Immutable;
using Hotline.Domain.Conversations;
using Hotline.Domain.Conversations.Effects;
using Hotline.Domain.Language;

namespace Hotline.Domain.Dialogs;

/// <summary>
/// The working state of one <see cref="DialogEngine.Step"/>: where the conversation is, the values, the reply
/// language and the effects so far. Lives for one step only and is never shared, which keeps the engine a pure
/// function while letting nodes be written plainly.
/// </summary>
public sealed class DialogRun
{
    // The saved values stay an immutable map: a node that saves a value replaces one path of it (SetItem) instead
    // of the whole map being copied into a dictionary and back on every step.
    private ImmutableDictionary<string, string> _values;
    private readonly List<Effect> _effects = new(4);
    private LanguageForm? _contactLanguage;

    internal DialogRun(ContentSnapshot snapshot, ConversationState state, StepInput input, DateTimeOffset now)
    {
        Snapshot = snapshot;
        Now = now;
        Today = DateOnly.FromDateTime(now.ToOffset(snapshot.Settings.UtcOffset).DateTime);
        SenderCountry = input.Message.SenderCountry;
        _contactLanguage = input.Contact.Language;
        KnownLanguage = state.Language ?? input.Contact.Language;
        _values = state.Values;
        FlowId = state.FlowId;
        NodeId = state.NodeId;
        Attempts = state.Attempts;
        Stack = [.. state.Stack];
        Opening = state.PendingOpening;
    }

    public ContentSnapshot Snapshot { get; }
    public DialogSettings Settings => Snapshot.Settings;
    public DateTimeOffset Now { get; }

    /// <summary>The calendar date where the person is (the content's UTC offset).</summary>
    public DateOnly Today { get; }

    /// <summary>ISO country of the sender's number, when the host knows it.</summary>
    public string? SenderCountry { get; }

    /// <summary>The person's language form, once known.</summary>
    public LanguageForm? KnownLanguage { get; private set; }

    /// <summary>The form replies are written in.</summary>
    public LanguageForm Language => KnownLanguage ?? Settings.DefaultLanguage;

    public IReadOnlyDictionary<string, string> Values => _values;
    public IReadOnlyList<Effect> Effects => _effects;

    internal string? FlowId { get; set; }
    internal string? NodeId { get; set; }
    internal int Attempts { get; set; }
    internal List<ReturnPoint> Stack { get; }
    internal SessionOpening Opening { get; set; }

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public void SetValue(string name, string value) => _values = _values.SetItem(name, value);

    internal void ClearValues() => _values = ImmutableDictionary<string, string>.Empty;

    public string Render(string template) => TextTemplate.Render(template, Values);

    /// <summary>Sends a content text in the person's language, placeholders filled.</summary>
    public void Send(LocalizedText text) => SendRendered(Render(text.For(Language)));

    /// <summary>Sends text that is already in the person's language (an action's reply).</summary>
    public void SendRendered(string text)
    {
        if (text.Length > 0) _effects.Add(new SendReply(text));
    }

    public void Emit(Effect effect) => _effects.Add(effect);

    /// <summary>
    /// Asks a question. The start flow's first question carries the greeting a new session still owes — the
    /// first-contact safety lines or "welcome back" — in place of its own prompt, so the menu and the greeting
    /// arrive as one message.
    /// </summary>
    public void Ask(Question question)
    {
        if (Opening != SessionOpening.None && FlowId == Settings.StartFlow
            && Snapshot.Flows.TryGetValue(Settings.StartFlow, out var start) && start.Start == question.Id)
        {
            Send(Opening == SessionOpening.FirstContact ? Settings.FirstContact : Settings.WelcomeBack);
            Opening = SessionOpening.None;
            return;
        }
        Send(question.Prompt);
    }

    /// <summary>Asks again after a reply that was not understood.</summary>
    internal void AskAgain(Question question)
    {
        if (question.Retry is not null)
        {
            Send(question.Retry);
            return;
        }
        SendRendered(Render(Settings.NotUnderstood.For(Language)) + "\n" + Render(question.Prompt.For(Language)));
    }

    /// <summary>Switches the reply language and, when it differs from what the contact has on record, remembers it.</summary>
    public void ChangeLanguage(LanguageForm form)
    {
        KnownLanguage = form;
        if (_contactLanguage == form) return;
        _contactLanguage = form;
        _effects.Add(new SetContactLanguage(form));
    }

    internal ConversationState ToState(DateTimeOffset now, bool waiting)
    {
        if (!waiting)
        {
            return new ConversationState { Language = KnownLanguage, LastActivityAt = now };
        }
        return new ConversationState
        {
            Language = KnownLanguage,
            FlowId = FlowId,
            NodeId = NodeId,
            Attempts = Attempts,
            LastActivityAt = now,
            Values = _values,
            Stack = Stack.Count == 0 ? ImmutableList<ReturnPoint>.Empty : [.. Stack],
            PendingOpening = Opening,
        };
    }
}
