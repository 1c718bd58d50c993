using Hotline.Domain.Dialogs.Actions;

namespace Hotline.Domain.Dialogs;

/// <summary>
/// Everything the engine reads, loaded once from <c>content/</c> and never changed afterwards: safe to share
/// between threads. To change content, load a new snapshot and swap it in.
/// </summary>
public sealed class ContentSnapshot
{
    public ContentSnapshot(
        DialogSettings settings,
        IEnumerable<Flow> flows,
        IReadOnlyDictionary<string, LocalizedText> texts,
        CommandWords commands,
        UrgentPhrases urgent,
        IEnumerable<IDialogAction> actions,
        string version = "")
    {
        Settings = settings;
        Flows = flows.ToDictionary(f => f.Id, StringComparer.Ordinal);
        Texts = texts;
        Commands = commands;
        Urgent = urgent;
        var byName = new Dictionary<string, IDialogAction>(StringComparer.Ordinal) { [RaiseUrgentAction.ActionName] = new RaiseUrgentAction() };
        foreach (var action in actions) byName[action.Name] = action;
        Actions = byName;
        Version = version;
        var triggers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var flow in Flows.Values)
        {
            foreach (var key in flow.Triggers) triggers.TryAdd(key, flow.Id);
        }
        Triggers = triggers;
    }

    public DialogSettings Settings { get; }
    public IReadOnlyDictionary<string, Flow> Flows { get; }
    public IReadOnlyDictionary<string, LocalizedText> Texts { get; }
    public CommandWords Commands { get; }
    public UrgentPhrases Urgent { get; }

    /// <summary>Pure actions by name, <c>raise_urgent</c> included.</summary>
    public IReadOnlyDictionary<string, IDialogAction> Actions { get; }

    /// <summary>Trigger word key → flow id.</summary>
    public IReadOnlyDictionary<string, string> Triggers { get; }

    /// <summary>A fingerprint of the content files, for logs and the content report.</summary>
    public string Version { get; }

    /// <summary>A copy with more pure actions registered (replacing any of the same name).</summary>
    public ContentSnapshot WithActions(IEnumerable<IDialogAction> actions) =>
        new(Settings, Flows.Values, Texts, Commands, Urgent, Actions.Values.Concat(actions), Version);
}
