namespace Hotline.Domain.Dialogs;

/// <summary>Words that act from anywhere in any flow, but only when they are the whole message.</summary>
public enum GlobalCommand
{
    /// <summary>The neutral quick-exit word: end the session, cancel pending messages (rule R7).</summary>
    QuickExit,
    Stop,
    Start,
    Menu,
    Back,
    Help,
    LanguageKm,
    LanguageKmLatn,
    LanguageEn,
}

/// <summary>
/// The command words of <c>content/commands.yaml</c> by matching key. A command fires only when the message is
/// exactly the word (punctuation, case and invisibles aside): "I need help with my passport" is an answer, not
/// HELP — the lesson of Bot Framework's "help the children" bug.
/// </summary>
public sealed class CommandWords
{
    private readonly Dictionary<string, GlobalCommand> _byKey;

    public CommandWords(IReadOnlyDictionary<string, GlobalCommand> byKey) =>
        _byKey = new Dictionary<string, GlobalCommand>(byKey, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, GlobalCommand> ByKey => _byKey;

    public GlobalCommand? Match(string key) => _byKey.TryGetValue(key, out var command) ? command : null;
}
