using Hotline.Domain.Dialogs;
using Hotline.Domain.Dialogs.Actions;
using Hotline.Domain.Dialogs.Nodes;
using Hotline.Domain.Language;
using Hotline.Domain.Sms;

namespace Hotline.Content;

/// <summary>
/// The content check (<c>hotline content check</c>, start-up, CI): every node reachable, no dangling references,
/// every text in km, km-Latn and en with the same placeholders, no deny-listed word in a client-facing text, the
/// SMS cost of every text within its budget, and no command word that would swallow an answer.
/// Errors fail the check; warnings (an action no pure implementation performs yet, a flow nothing leads to, a
/// text nothing uses, a misspelt field) are printed but do not.
/// </summary>
public static class ContentChecker
{
    /// <summary>How many characters a <c>{placeholder}</c> is counted as when measuring a text.</summary>
    public const int PlaceholderLength = 10;

    /// <param name="agencies">A register the operator imported; replaces the sample in content/agencies.</param>
    public static ContentReport Check(string directory, IEnumerable<IDialogAction>? actions = null, Hotline.Domain.Agencies.AgencyRegister? agencies = null)
    {
        var model = ContentReader.Read(directory);
        var issues = new List<ContentIssue>(model.Issues);
        var costs = new List<TextCost>();
        var settings = model.Settings;

        // The safe-migration data (screening, destinations, services, agencies) and the pure actions it makes.
        // Actions passed in by the host are registered after these, so one of the same name replaces ours.
        var data = SafeMigrationContent.Read(directory, issues);
        if (agencies is not null) data.UseAgencies(agencies);
        var texts = new Dictionary<string, LocalizedText>(model.Texts, StringComparer.Ordinal);
        foreach (var (key, text) in data.Texts)
        {
            if (!texts.TryAdd(key, text))
                issues.Add(new ContentIssue(IssueSeverity.Error, text.Source, $"text key '{key}' is also defined in {model.Texts[key].Source}") { TextKey = key });
        }
        var allActions = data.Actions(texts).Concat(actions ?? []).ToList();
        var version = Version(directory, model.Version, data);
        var snapshot = settings is null
            ? null
            : new ContentSnapshot(settings, model.Flows, texts, model.Commands, model.Urgent, allActions, version);

        var actionTexts = new List<LocalizedText>();
        if (snapshot is not null)
        {
            foreach (var action in snapshot.Actions.Values.OfType<IUsesTexts>())
            {
                foreach (var key in action.TextKeys)
                {
                    if (texts.TryGetValue(key, out var text)) actionTexts.Add(text);
                    else issues.Add(new ContentIssue(IssueSeverity.Error, ContentFiles.TextsFolder,
                        $"action '{((IDialogAction)action).Name}' needs text '{key}', which no file in texts/ defines") { TextKey = key });
                }
            }
            CheckEntryFlows(snapshot, issues);
            foreach (var flow in model.Flows) CheckFlow(flow, snapshot, issues);
            CheckFlowsReachable(snapshot, issues);
            CheckCommandsAgainstAnswers(model, snapshot, issues);
            MeasureAll(model, snapshot, costs, issues, data.Texts.Values.Concat(actionTexts));
        }
        CheckTexts(model, issues, data.Texts.Values, actionTexts);

        var hasErrors = issues.Any(i => i.Severity == IssueSeverity.Error);
        return new ContentReport(issues, costs, hasErrors ? null : snapshot, version);
    }

    /// <summary>The content version: the fingerprint of the dialog files, extended with the data files when there are any.</summary>
    private static string Version(string directory, string dialogVersion, SafeMigrationContent data)
    {
        if (data.Files.Count == 0) return dialogVersion;
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(dialogVersion));
        foreach (var file in data.Files) hash.AppendData(File.ReadAllBytes(Path.Combine(directory, file)));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static void CheckEntryFlows(ContentSnapshot snapshot, List<ContentIssue> issues)
    {
        var s = snapshot.Settings;
        foreach (var (name, id) in new[] { ("start", s.StartFlow), ("language", s.LanguageFlow), ("urgent", s.UrgentFlow) })
        {
            if (!snapshot.Flows.ContainsKey(id))
                issues.Add(new ContentIssue(IssueSeverity.Error, ContentFiles.Settings, $"flows: '{name}' names flow '{id}', which no file in flows/ defines"));
        }
        if (snapshot.Flows.TryGetValue(s.StartFlow, out var start) && start.Nodes.GetValueOrDefault(start.Start) is not AskChoice)
        {
            issues.Add(new ContentIssue(IssueSeverity.Error, start.File,
                "the start flow must begin with an ask_choice: the menu, which the first-contact and welcome-back texts replace the prompt of")
            { Flow = start.Id, Node = start.Start });
        }
    }

    private static void CheckFlow(Flow flow, ContentSnapshot snapshot, List<ContentIssue> issues)
    {
        foreach (var id in flow.Order)
        {
            var node = flow.Nodes[id];
            ContentIssue Issue(IssueSeverity severity, string message) => new(severity, flow.File, message) { Flow = flow.Id, Node = id };
            foreach (var next in node.NextNodes().Where(n => !flow.Nodes.ContainsKey(n)))
                issues.Add(Issue(IssueSeverity.Error, $"leads to node '{next}', which flow '{flow.Id}' does not have"));
            foreach (var target in node.FlowsEntered().Where(f => !snapshot.Flows.ContainsKey(f)))
                issues.Add(Issue(IssueSeverity.Error, $"goes to flow '{target}', which no file in flows/ defines"));
            foreach (var action in node.ActionsCalled().Where(a => a.Length > 0 && !snapshot.Actions.ContainsKey(a)))
                issues.Add(Issue(IssueSeverity.Warning, $"action '{action}' is not registered as a pure action; the engine hands it to the host as RunAction(\"{action}\")"));
            if (node is Branch branch && branch.On.Length > 0 && !SavedSomewhere(snapshot, branch.On))
                issues.Add(Issue(IssueSeverity.Warning, $"branches on '{branch.On}', which no ask node saves and no set_value sets (an action may)"));
        }

        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        if (flow.Nodes.ContainsKey(flow.Start)) queue.Enqueue(flow.Start);
        while (queue.TryDequeue(out var id))
        {
            if (!reached.Add(id) || !flow.Nodes.TryGetValue(id, out var node)) continue;
            foreach (var next in node.NextNodes()) queue.Enqueue(next);
        }
        foreach (var id in flow.Order.Where(id => !reached.Contains(id)))
            issues.Add(new ContentIssue(IssueSeverity.Error, flow.File, "nothing leads to this node") { Flow = flow.Id, Node = id });
    }

    private static bool SavedSomewhere(ContentSnapshot snapshot, string name) =>
        snapshot.Flows.Values.SelectMany(f => f.Nodes.Values).Any(n => n switch
        {
            Question q => q.Save == name || (n is AskMoney && q.Save is { } s && (name == s + "_amount" || name == s + "_currency")),
            SetValue v => v.Name == name,
            CallAction => true,
            _ => false,
        });

    private static void CheckFlowsReachable(ContentSnapshot snapshot, List<ContentIssue> issues)
    {
        var s = snapshot.Settings;
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([s.StartFlow, s.LanguageFlow, s.UrgentFlow, .. snapshot.Triggers.Values]);
        while (queue.TryDequeue(out var id))
        {
            if (!reached.Add(id) || !snapshot.Flows.TryGetValue(id, out var flow)) continue;
            foreach (var next in flow.Nodes.Values.SelectMany(n => n.FlowsEntered())) queue.Enqueue(next);
        }
        foreach (var flow in snapshot.Flows.Values.Where(f => !reached.Contains(f.Id)))
            issues.Add(new ContentIssue(IssueSeverity.Warning, flow.File, "no menu, trigger or other flow leads to this flow") { Flow = flow.Id });
    }

    /// <summary>A command word that is also an answer would take the answer away from the question: the hijack to avoid.</summary>
    private static void CheckCommandsAgainstAnswers(ContentModel model, ContentSnapshot snapshot, List<ContentIssue> issues)
    {
        foreach (var flow in snapshot.Flows.Values)
        {
            foreach (var node in flow.Nodes.Values.OfType<AskChoice>())
            {
                foreach (var (key, option) in node.Exact)
                {
                    if (snapshot.Commands.Match(key) is { } command
                        && !(flow.Id == snapshot.Settings.LanguageFlow && command is GlobalCommand.LanguageKm or GlobalCommand.LanguageKmLatn or GlobalCommand.LanguageEn))
                    {
                        issues.Add(new ContentIssue(IssueSeverity.Error, flow.File,
                            $"answer '{key}' of option '{option}' is also the {command} command word, so it could never be given as an answer")
                        { Flow = flow.Id, Node = node.Id });
                    }
                }
            }
        }
    }

    private static void MeasureAll(ContentModel model, ContentSnapshot snapshot, List<TextCost> costs, List<ContentIssue> issues, IEnumerable<LocalizedText> actionTexts)
    {
        var settings = snapshot.Settings;
        var measured = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text) in settings.Texts()) Measure(text, $"settings.{name}", text.For, text.Key);
        foreach (var use in model.TextUses) Measure(use.Text, $"{use.Flow}/{use.Node}.{use.Field}", use.Text.For, use.Text.Key);
        foreach (var text in actionTexts) Measure(text, "actions", text.For, text.Key);

        // A question without its own retry text is re-asked as "not understood" + the prompt, in one message.
        foreach (var flow in snapshot.Flows.Values)
        {
            foreach (var q in flow.Nodes.Values.OfType<Question>().Where(q => q.Retry is null && q.Prompt.Key.Length > 0))
            {
                Measure(q.Prompt, $"{flow.Id}/{q.Id}.retry", f => settings.NotUnderstood.For(f) + "\n" + q.Prompt.For(f), q.Prompt.Key + " (re-asked)");
            }
        }

        void Measure(LocalizedText text, string usedBy, Func<LanguageForm, string> render, string key)
        {
            if (!measured.Add(key)) return;
            var budget = text.Budget ?? settings.DefaultBudget;
            foreach (var form in LanguageForms.All)
            {
                var body = WithSampleValues(render(form));
                if (body.Length == 0) continue;
                var cost = SmsSegments.Measure(body);
                var row = new TextCost(key, usedBy, text.Source, form, cost.Encoding, cost.Units, cost.Segments, budget);
                costs.Add(row);
                if (row.OverBudget)
                {
                    issues.Add(new ContentIssue(IssueSeverity.Error, text.Source,
                        $"costs {cost.Segments} SMS segments ({cost.Units} {(cost.Encoding == SmsEncoding.Gsm7 ? "GSM-7 characters" : "UCS-2 units")}), over its budget of {budget}")
                    { TextKey = key, Language = form.Code() });
                }
            }
        }
    }

    private static string WithSampleValues(string template)
    {
        var sample = new string('x', PlaceholderLength);
        var values = TextTemplate.Placeholders(template).ToDictionary(p => p, _ => sample);
        return TextTemplate.Render(template, values);
    }

    private static void CheckTexts(ContentModel model, List<ContentIssue> issues, IEnumerable<LocalizedText> dataTexts, IEnumerable<LocalizedText> actionTexts)
    {
        var texts = model.Texts.Values.Concat(model.TextUses.Select(u => u.Text)).Concat(dataTexts).DistinctBy(t => t.Key);
        foreach (var text in texts)
        {
            var inline = model.TextUses.FirstOrDefault(u => u.Text.Key == text.Key && !model.Texts.ContainsKey(text.Key));
            ContentIssue Issue(string message, LanguageForm form) =>
                new(IssueSeverity.Error, text.Source, message) { TextKey = text.Key, Language = form.Code(), Flow = inline?.Flow, Node = inline?.Node };

            var expected = TextTemplate.Placeholders(text.En).Order(StringComparer.Ordinal).ToList();
            foreach (var form in LanguageForms.All)
            {
                var body = text.For(form);
                if (body.Length == 0) continue;
                var found = TextTemplate.Placeholders(body).Order(StringComparer.Ordinal).ToList();
                if (!found.SequenceEqual(expected))
                    issues.Add(Issue($"has placeholders {{{string.Join("}, {", found)}}} but en has {{{string.Join("}, {", expected)}}}", form));
                if (!text.ClientFacing) continue;
                foreach (var word in model.DenyList.Find(body))
                    issues.Add(Issue($"contains '{word}', which the deny-list forbids in anything a person may receive (rule R1)", form));
                if (body.Contains('\u200B') || body.Contains('\u200C') || body.Contains('\uFEFF'))
                    issues.Add(Issue("contains an invisible zero-width character, which costs SMS units and breaks matching", form));
            }
        }

        var used = new HashSet<string>(model.TextUses.Select(u => u.Text.Key).Concat(actionTexts.Select(t => t.Key)), StringComparer.Ordinal);
        if (model.Settings is { } s) used.UnionWith(s.Texts().Select(t => t.Text.Key));
        foreach (var text in model.Texts.Values.Where(t => !used.Contains(t.Key)))
            issues.Add(new ContentIssue(IssueSeverity.Warning, text.Source, "no flow or setting uses this text") { TextKey = text.Key });
    }
}
