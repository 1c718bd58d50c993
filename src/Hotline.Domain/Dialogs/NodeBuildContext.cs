using Hotline.Domain.Language;

namespace Hotline.Domain.Dialogs;

/// <summary>Where a text is used: which flow, node and field. The content check measures each use.</summary>
public sealed record TextUse(string File, string Flow, string Node, string Field, LocalizedText Text);

/// <summary>
/// What a node's <c>Build</c> needs: where it is (for error messages), shared texts by key, and somewhere to
/// report problems. Building never throws; every problem becomes a <see cref="ContentIssue"/>.
/// </summary>
public sealed class NodeBuildContext(
    string file,
    string flowId,
    Func<string, LocalizedText?> findText,
    ICollection<ContentIssue> issues,
    ICollection<TextUse> textUses)
{
    public string File { get; } = file;
    public string FlowId { get; } = flowId;
    public string? NodeId { get; set; }

    public void Error(string message, string? language = null) =>
        issues.Add(new ContentIssue(IssueSeverity.Error, File, message) { Flow = FlowId, Node = NodeId, Language = language });

    public void Warning(string message) =>
        issues.Add(new ContentIssue(IssueSeverity.Warning, File, message) { Flow = FlowId, Node = NodeId });

    /// <summary>A stand-in for a text that could not be read, so building can go on and report everything at once.</summary>
    public LocalizedText Placeholder(string field) => new($"{FlowId}.{NodeId}.{field}", "", "", "") { Source = File };

    /// <summary>
    /// Reads a text field: either a key into <c>content/texts</c> (<c>prompt: menu.prompt</c>) or an inline text
    /// with the three forms (<c>prompt: { km: …, km-Latn: …, en: … }</c>).
    /// </summary>
    public LocalizedText? Text(NodeSpec spec, string field, bool required)
    {
        var raw = spec.Raw(field);
        var text = Text(raw, field, required);
        if (text is not null) textUses.Add(new TextUse(File, FlowId, NodeId ?? "", field, text));
        return text;
    }

    public LocalizedText? Text(object? raw, string field, bool required)
    {
        switch (raw)
        {
            case null:
                if (required) Error($"'{field}' is missing");
                return null;
            case string key:
                var found = findText(key.Trim());
                if (found is null) Error($"'{field}' refers to text '{key}', which no file in texts/ defines");
                return found;
            case IReadOnlyDictionary<string, object?> map:
                return InlineText(map, $"{FlowId}.{NodeId}.{field}", File, (m, l) => Error(m, l));
            default:
                Error($"'{field}' must be a text key or a map of km, km-Latn and en");
                return null;
        }
    }

    /// <summary>Builds a text from a map with <c>km</c>, <c>km-Latn</c>, <c>en</c> and optional <c>budget</c> / <c>client_facing</c>.</summary>
    public static LocalizedText InlineText(IReadOnlyDictionary<string, object?> map, string key, string file, Action<string, string?> error)
    {
        string Form(LanguageForm form)
        {
            if (map.GetValueOrDefault(form.Code()) is string s && s.Trim().Length > 0) return s.Trim();
            error($"text '{key}' has no {form.Code()} version", form.Code());
            return "";
        }

        int? budget = null;
        if (map.GetValueOrDefault("budget") is string b)
        {
            if (int.TryParse(b, out var n) && n > 0) budget = n;
            else error($"text '{key}' has budget '{b}', which is not a positive number of segments", null);
        }

        var clientFacing = map.GetValueOrDefault("client_facing") is not string cf || !cf.Equals("false", StringComparison.OrdinalIgnoreCase);
        foreach (var field in map.Keys)
        {
            if (field is not ("km" or "km-Latn" or "en" or "budget" or "client_facing" or "note"))
                error($"text '{key}' has unknown field '{field}' (expected km, km-Latn, en, budget, client_facing, note)", null);
        }

        return new LocalizedText(key, Form(LanguageForm.Km), Form(LanguageForm.KmLatn), Form(LanguageForm.En))
        {
            Budget = budget,
            ClientFacing = clientFacing,
            Source = file,
        };
    }

    /// <summary>
    /// Reads words per language (<c>{ km: [..], km-Latn: [..], en: [..] }</c>) as matching keys, every language
    /// pooled: a person may answer in any form whatever language the hotline is writing in.
    /// </summary>
    public IReadOnlyList<string> Words(object? raw, string what)
    {
        var keys = new List<string>();
        if (raw is null) return keys;
        if (raw is not IReadOnlyDictionary<string, object?> map)
        {
            Error($"{what} must be a map of km, km-Latn and en word lists");
            return keys;
        }
        foreach (var (language, list) in map)
        {
            if (!LanguageForms.TryParse(language, out _)) Error($"{what} has unknown language '{language}'");
            var words = list switch
            {
                string one => [one],
                IReadOnlyList<object?> many => many.Select(w => w?.ToString() ?? ""),
                _ => [],
            };
            foreach (var word in words)
            {
                var key = TextNormaliser.Key(word);
                if (key.Length == 0) Error($"{what} has an empty word", language);
                else if (!keys.Contains(key)) keys.Add(key);
            }
        }
        return keys;
    }
}
