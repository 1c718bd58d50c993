using System.Globalization;
using System.Security.Cryptography;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Language;

namespace Hotline.Content;

/// <summary>Everything read from the content folder, before the cross-checks.</summary>
internal sealed record ContentModel(
    DialogSettings? Settings,
    IReadOnlyList<Flow> Flows,
    IReadOnlyDictionary<string, LocalizedText> Texts,
    CommandWords Commands,
    IReadOnlyList<(string Word, GlobalCommand Command)> CommandWordList,
    UrgentPhrases Urgent,
    DenyList DenyList,
    IReadOnlyList<TextUse> TextUses,
    IReadOnlyList<ContentIssue> Issues,
    string Version);

/// <summary>Parses the content folder into a <see cref="ContentModel"/>, collecting every problem instead of stopping at the first.</summary>
internal static class ContentReader
{
    public static ContentModel Read(string directory)
    {
        var issues = new List<ContentIssue>();
        var uses = new List<TextUse>();
        if (!Directory.Exists(directory))
        {
            issues.Add(new ContentIssue(IssueSeverity.Error, directory, "the content folder does not exist"));
        }

        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        object? ReadFile(string relative, bool required)
        {
            var path = Path.Combine(directory, relative);
            if (!File.Exists(path))
            {
                if (required) issues.Add(new ContentIssue(IssueSeverity.Error, relative, "the file is missing"));
                return null;
            }
            hash.AppendData(File.ReadAllBytes(path));
            return YamlDocument.Read(path, m => issues.Add(new ContentIssue(IssueSeverity.Error, relative, m)));
        }

        IEnumerable<string> Folder(string folder)
        {
            var path = Path.Combine(directory, folder);
            if (!Directory.Exists(path)) return [];
            return Directory.EnumerateFiles(path, "*.yaml").Concat(Directory.EnumerateFiles(path, "*.yml"))
                .Order(StringComparer.Ordinal)
                .Select(f => Path.Combine(folder, Path.GetFileName(f)).Replace('\\', '/'));
        }

        // Texts first: flows refer to them by key.
        var texts = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var file in Folder(ContentFiles.TextsFolder))
        {
            var prefix = Path.GetFileNameWithoutExtension(file);
            if (ReadFile(file, required: true) is not IReadOnlyDictionary<string, object?> map)
            {
                issues.Add(new ContentIssue(IssueSeverity.Error, file, "a texts file must be a map of text names to texts"));
                continue;
            }
            foreach (var (name, value) in map)
            {
                var key = $"{prefix}.{name}";
                if (value is not IReadOnlyDictionary<string, object?> forms)
                {
                    issues.Add(new ContentIssue(IssueSeverity.Error, file, "must have km, km-Latn and en") { TextKey = key });
                    continue;
                }
                texts[key] = NodeBuildContext.InlineText(forms, key, file,
                    (m, l) => issues.Add(new ContentIssue(IssueSeverity.Error, file, m) { TextKey = key, Language = l }));
            }
        }

        var settingsDoc = ReadFile(ContentFiles.Settings, required: true) as IReadOnlyDictionary<string, object?>;
        var settings = settingsDoc is null ? null : ReadSettings(settingsDoc, texts, issues);

        var flows = new List<Flow>();
        foreach (var file in Folder(ContentFiles.FlowsFolder))
        {
            if (ReadFile(file, required: true) is not IReadOnlyDictionary<string, object?> doc)
            {
                issues.Add(new ContentIssue(IssueSeverity.Error, file, "a flow file must be a map with 'nodes'"));
                continue;
            }
            var flow = FlowBuilder.Build(file, Path.GetFileNameWithoutExtension(file), doc, k => texts.GetValueOrDefault(k), issues, uses);
            if (flow is null) continue;
            if (flows.Any(f => f.Id == flow.Id))
                issues.Add(new ContentIssue(IssueSeverity.Error, file, $"another file already defines flow '{flow.Id}'") { Flow = flow.Id });
            else flows.Add(flow);
        }

        var (commands, commandList) = ReadCommands(ReadFile(ContentFiles.Commands, required: true), issues);
        var urgent = ReadUrgent(ReadFile(ContentFiles.Urgent, required: true), issues);
        var deny = ReadDenyList(ReadFile(ContentFiles.DenyList, required: true), issues);

        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        return new ContentModel(settings, flows, texts, commands, commandList, urgent, deny, uses, issues, version);
    }

    private static DialogSettings? ReadSettings(IReadOnlyDictionary<string, object?> doc, IReadOnlyDictionary<string, LocalizedText> texts, List<ContentIssue> issues)
    {
        const string file = ContentFiles.Settings;
        void Error(string m) => issues.Add(new ContentIssue(IssueSeverity.Error, file, m));
        IReadOnlyDictionary<string, object?> Section(string name) =>
            doc.GetValueOrDefault(name) as IReadOnlyDictionary<string, object?> ?? new OrderedMap([]);

        var conversation = Section("conversation");
        var sms = Section("sms");
        var flows = Section("flows");
        var textKeys = Section("texts");

        double Number(IReadOnlyDictionary<string, object?> section, string name, double fallback, double min, double max)
        {
            if (section.GetValueOrDefault(name) is not string s) return fallback;
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= min && d <= max) return d;
            Error($"'{name}' must be a number from {min} to {max}, not '{s}'");
            return fallback;
        }

        LocalizedText? Text(string name, bool required)
        {
            var key = textKeys.GetValueOrDefault(name) as string;
            if (key is null or "none")
            {
                if (required) Error($"texts: '{name}' is missing");
                return null;
            }
            if (texts.TryGetValue(key, out var text)) return text;
            Error($"texts: '{name}' refers to text '{key}', which no file in texts/ defines");
            return null;
        }

        var language = LanguageForm.Km;
        if (conversation.GetValueOrDefault("default_language") is string code && !LanguageForms.TryParse(code, out language))
            Error($"'default_language' must be km, km-Latn or en, not '{code}'");

        var offset = TimeSpan.FromHours(7);
        if (conversation.GetValueOrDefault("utc_offset") is string o
            && !TimeSpan.TryParse(o.TrimStart('+'), CultureInfo.InvariantCulture, out offset))
        {
            Error($"'utc_offset' must look like +07:00, not '{o}'");
        }
        if (conversation.GetValueOrDefault("utc_offset") is string neg && neg.StartsWith('-')) offset = -offset.Duration();

        var firstContact = Text("first_contact", true);
        var welcomeBack = Text("welcome_back", true);
        var notUnderstood = Text("not_understood", true);
        var giveUp = Text("give_up", true);
        var help = Text("help", true);
        var stop = Text("stop_reply", false);
        var quickExit = Text("quick_exit_reply", false);
        if (firstContact is null || welcomeBack is null || notUnderstood is null || giveUp is null || help is null) return null;

        return new DialogSettings
        {
            ExpiresAfter = TimeSpan.FromMinutes(Number(conversation, "expires_after_minutes", 15, 1, 24 * 60)),
            MaxAttempts = (int)Number(conversation, "max_attempts", 3, 1, 10),
            MinConfidence = Number(conversation, "min_confidence", 0.5, 0, 1),
            DefaultLanguage = language,
            UtcOffset = offset,
            DefaultBudget = (int)Number(sms, "default_budget", 2, 1, 10),
            StartFlow = flows.GetValueOrDefault("start") as string ?? "menu",
            LanguageFlow = flows.GetValueOrDefault("language") as string ?? "language",
            UrgentFlow = flows.GetValueOrDefault("urgent") as string ?? "urgent",
            FirstContact = firstContact,
            WelcomeBack = welcomeBack,
            NotUnderstood = notUnderstood,
            GiveUp = giveUp,
            Help = help,
            StopReply = stop,
            QuickExitReply = quickExit,
        };
    }

    private static readonly Dictionary<string, GlobalCommand> CommandNames = new(StringComparer.Ordinal)
    {
        ["quick_exit"] = GlobalCommand.QuickExit,
        ["stop"] = GlobalCommand.Stop,
        ["start"] = GlobalCommand.Start,
        ["menu"] = GlobalCommand.Menu,
        ["back"] = GlobalCommand.Back,
        ["help"] = GlobalCommand.Help,
        ["language_km"] = GlobalCommand.LanguageKm,
        ["language_km_latn"] = GlobalCommand.LanguageKmLatn,
        ["language_en"] = GlobalCommand.LanguageEn,
    };

    private static (CommandWords, List<(string, GlobalCommand)>) ReadCommands(object? doc, List<ContentIssue> issues)
    {
        const string file = ContentFiles.Commands;
        var byKey = new Dictionary<string, GlobalCommand>(StringComparer.Ordinal);
        var list = new List<(string, GlobalCommand)>();
        if (doc is not IReadOnlyDictionary<string, object?> map) return (new CommandWords(byKey), list);
        foreach (var (name, words) in map)
        {
            if (!CommandNames.TryGetValue(name, out var command))
            {
                issues.Add(new ContentIssue(IssueSeverity.Error, file, $"unknown command '{name}' (known: {string.Join(", ", CommandNames.Keys)})"));
                continue;
            }
            foreach (var (language, word) in Words(words))
            {
                var key = TextNormaliser.Key(word);
                if (key.Length == 0) continue;
                if (byKey.TryGetValue(key, out var other) && other != command)
                {
                    issues.Add(new ContentIssue(IssueSeverity.Error, file, $"word '{word}' is both '{Name(other)}' and '{name}'") { Language = language });
                    continue;
                }
                byKey[key] = command;
                list.Add((word, command));
            }
        }
        foreach (var required in CommandNames.Where(c => !list.Any(l => l.Item2 == c.Value)))
            issues.Add(new ContentIssue(IssueSeverity.Error, file, $"command '{required.Key}' has no words"));
        return (new CommandWords(byKey), list);

        static string Name(GlobalCommand c) => CommandNames.First(p => p.Value == c).Key;
    }

    private static UrgentPhrases ReadUrgent(object? doc, List<ContentIssue> issues)
    {
        const string file = ContentFiles.Urgent;
        var exact = new List<(string, string)>();
        var contained = new List<(string, string)>();
        var together = new List<(string[], string)>();
        if (doc is not IReadOnlyDictionary<string, object?> map || map.GetValueOrDefault("reasons") is not IReadOnlyDictionary<string, object?> reasons)
        {
            if (doc is not null) issues.Add(new ContentIssue(IssueSeverity.Error, file, "expected a 'reasons' map"));
            return UrgentPhrases.None;
        }
        foreach (var (reason, spec) in reasons)
        {
            if (spec is not IReadOnlyDictionary<string, object?> kinds)
            {
                issues.Add(new ContentIssue(IssueSeverity.Error, file, $"reason '{reason}' needs 'anywhere' and/or 'whole_message' phrase lists"));
                continue;
            }
            foreach (var (kind, words) in kinds)
            {
                if (kind == "together")
                {
                    foreach (var line in words as IReadOnlyList<object?> ?? [])
                    {
                        var keys = (line as IReadOnlyList<object?> ?? []).Select(w => TextNormaliser.Key(w?.ToString() ?? "")).Where(k => k.Length > 0).ToArray();
                        if (keys.Length < 2) issues.Add(new ContentIssue(IssueSeverity.Error, file, $"reason '{reason}': each 'together' line needs two or more phrases"));
                        else together.Add((keys, reason));
                    }
                    continue;
                }
                var target = kind switch { "anywhere" => contained, "whole_message" => exact, _ => null };
                if (target is null)
                {
                    issues.Add(new ContentIssue(IssueSeverity.Error, file, $"reason '{reason}' has '{kind}'; expected anywhere, whole_message or together"));
                    continue;
                }
                foreach (var (_, word) in Words(words))
                {
                    var key = TextNormaliser.Key(word);
                    if (key.Length > 0) target.Add((key, reason));
                }
            }
        }
        return new UrgentPhrases(exact, contained, together);
    }

    /// <summary>Only the deny-list, for checks of texts kept outside flows (check-ins) without reading everything.</summary>
    public static DenyList ReadDenyList(string directory, List<ContentIssue> issues)
    {
        var path = Path.Combine(directory, ContentFiles.DenyList);
        if (!File.Exists(path))
        {
            issues.Add(new ContentIssue(IssueSeverity.Error, ContentFiles.DenyList, "the file is missing"));
            return new DenyList([]);
        }
        return ReadDenyList(YamlDocument.Read(path, m => issues.Add(new ContentIssue(IssueSeverity.Error, ContentFiles.DenyList, m))), issues);
    }

    private static DenyList ReadDenyList(object? doc, List<ContentIssue> issues)
    {
        var words = new List<(string, string, string)>();
        if (doc is IReadOnlyDictionary<string, object?> map)
        {
            foreach (var (language, word) in Words(map.GetValueOrDefault("words")))
            {
                var key = TextNormaliser.Key(word);
                if (key.Length > 0) words.Add((word, key, language));
            }
        }
        if (words.Count == 0) issues.Add(new ContentIssue(IssueSeverity.Error, ContentFiles.DenyList, "the deny-list has no 'words'"));
        return new DenyList(words);
    }

    /// <summary>Words of a per-language map: <c>{ km: [..], km-Latn: [..], en: [..] }</c>.</summary>
    private static IEnumerable<(string Language, string Word)> Words(object? perLanguage)
    {
        if (perLanguage is not IReadOnlyDictionary<string, object?> map) yield break;
        foreach (var (language, list) in map)
        {
            var words = list switch
            {
                string one => [one],
                IReadOnlyList<object?> many => many.Select(w => w?.ToString() ?? ""),
                _ => [],
            };
            foreach (var word in words) yield return (language, word);
        }
    }
}
