using Hotline.Domain.Conversations;
using Hotline.Domain.Language;

namespace Hotline.Domain.Dialogs.Actions;

/// <summary>
/// A named piece of domain logic a flow can call (<c>type: call_action, action: screen_offer</c>): screening
/// score, agency lookup, service lookup, destination facts. Pure like the engine — no I/O, no clock beyond
/// <see cref="ActionRequest.Now"/>; it returns texts, values and effects. Register implementations by name in the
/// content snapshot; a name with no implementation is handed to the host as a <c>RunAction</c> effect.
/// </summary>
public interface IDialogAction
{
    string Name { get; }

    ActionResult Run(ActionRequest request);
}

/// <summary>What the action gets: the node's arguments (placeholders filled), every saved value and the reply language.</summary>
public sealed record ActionRequest(
    IReadOnlyDictionary<string, string> Args,
    IReadOnlyDictionary<string, string> Values,
    LanguageForm Language,
    DateTimeOffset Now)
{
    /// <summary>ISO country of the sender's number when the host knows it (a +66 number: TH), else null.</summary>
    public string? SenderCountry { get; init; }
}

/// <summary>
/// What the action produced. <see cref="Replies"/> are sent as they are, in order, and must already be in the
/// request's language. <see cref="Values"/> are saved in the conversation. <see cref="Outcome"/> picks the
/// node's <c>outcomes</c> branch (e.g. <c>high</c>), falling back to <c>next</c>.
/// </summary>
public sealed record ActionResult
{
    public static readonly ActionResult Empty = new();

    public IReadOnlyList<string> Replies { get; init; } = [];
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<Effect> Effects { get; init; } = [];
    public string? Outcome { get; init; }
}
