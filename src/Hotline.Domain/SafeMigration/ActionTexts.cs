using Hotline.Domain.Conversations;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Dialogs.Actions;
using Hotline.Domain.Language;

namespace Hotline.Domain.SafeMigration;

/// <summary>
/// The content texts a safe-migration action speaks with, rendered in the person's language form. A missing
/// key renders as nothing (the content check reports it before the snapshot is ever used).
/// </summary>
public sealed class ActionTexts(IReadOnlyDictionary<string, LocalizedText> texts)
{
    public string Get(string key, LanguageForm form, IReadOnlyDictionary<string, string>? values = null) =>
        texts.TryGetValue(key, out var text)
            ? values is null ? text.For(form) : TextTemplate.Render(text.For(form), values)
            : string.Empty;

    /// <summary>
    /// The result of an action: the composed message as a reply, or, when the node passes <c>reply_as</c>, saved
    /// under that value name so the flow's next text can carry it in the same SMS as its question.
    /// </summary>
    public static ActionResult Answer(
        ActionRequest request, string message, string? outcome, IReadOnlyDictionary<string, string>? values = null, IReadOnlyList<Effect>? effects = null)
    {
        var saved = new Dictionary<string, string>(values ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (request.Args.GetValueOrDefault("reply_as") is { Length: > 0 } name)
        {
            saved[name] = message;
            return new ActionResult { Values = saved, Outcome = outcome, Effects = effects ?? [] };
        }
        return new ActionResult { Replies = [message], Values = saved, Outcome = outcome, Effects = effects ?? [] };
    }

    /// <summary>Lines joined as one message, empty ones left out.</summary>
    public static string Lines(IEnumerable<string> lines) => string.Join("\n", lines.Where(l => l.Length > 0));
}
