using Hotline.Domain.Dialogs;
using Hotline.Domain.Dialogs.Actions;
using Hotline.Domain.Language;

namespace Hotline.Domain.Tests.Dialogs;

/// <summary>A small snapshot built in code (the Domain tests do not read content files): the same text in every form, keyed by its English.</summary>
internal static class TestContent
{
    public static LocalizedText Text(string key, string en) => new(key, en, en, en);

    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value);

    public static List<object?> List(params object?[] items) => [.. items];

    public static Dictionary<string, object?> Inline(string text) => Map(("km", text), ("km-Latn", text), ("en", text));

    public static Flow Flow(string id, params Dictionary<string, object?>[] nodes)
    {
        var issues = new List<ContentIssue>();
        var flow = FlowBuilder.Build($"flows/{id}.yaml", id, Map(("nodes", nodes.Cast<object?>().ToList())), _ => null, issues, new List<TextUse>());
        Assert.True(issues.Count == 0, string.Join("\n", issues));
        return flow!;
    }

    public static Dictionary<string, object?> Menu() => Map(
        ("id", "choose"), ("type", "ask_choice"), ("prompt", Inline("MENU")),
        ("options", List(
            Map(("key", "one"), ("flow", "one")),
            Map(("key", "two"), ("flow", "two")))));

    public static ContentSnapshot Snapshot(IEnumerable<Flow> flows, IEnumerable<IDialogAction>? actions = null, UrgentPhrases? urgent = null)
    {
        var settings = new DialogSettings
        {
            FirstContact = Text("first", "FIRST"),
            WelcomeBack = Text("back", "BACK"),
            NotUnderstood = Text("nu", "SORRY"),
            GiveUp = Text("giveup", "GIVE UP"),
            Help = Text("help", "HELP TEXT"),
        };
        var commands = new CommandWords(new Dictionary<string, GlobalCommand>
        {
            [TextNormaliser.Key("x")] = GlobalCommand.QuickExit,
            [TextNormaliser.Key("stop")] = GlobalCommand.Stop,
            [TextNormaliser.Key("start")] = GlobalCommand.Start,
            [TextNormaliser.Key("menu")] = GlobalCommand.Menu,
            [TextNormaliser.Key("help")] = GlobalCommand.Help,
        });
        var all = flows.ToList();
        if (all.All(f => f.Id != "menu")) all.Add(Flow("menu", Menu()));
        if (all.All(f => f.Id != "urgent")) all.Add(Flow("urgent", Map(("id", "safe"), ("type", "ask_text"), ("prompt", Inline("SAFE")), ("save", "details")), Map(("id", "done"), ("type", "end"), ("text", Inline("THANKS")))));
        if (all.All(f => f.Id != "language")) all.Add(Flow("language", Map(("id", "ask"), ("type", "ask_text"), ("prompt", Inline("LANG?")))));
        return new ContentSnapshot(settings, all, new Dictionary<string, LocalizedText>(), commands,
            urgent ?? new UrgentPhrases([(TextNormaliser.Key("help me"), "help_now")], [(TextNormaliser.Key("locked me in"), "locked_in")]),
            actions ?? []);
    }
}
