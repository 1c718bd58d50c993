using Hotline.Domain.Conversations.Effects;

namespace Hotline.Domain.Dialogs.Actions;

/// <summary>
/// <c>raise_urgent</c>, built into every snapshot: lets a flow raise the same alarm the engine raises on urgent
/// words (for example after an answer that reveals a child is being recruited). Argument <c>reason</c>.
/// </summary>
public sealed class RaiseUrgentAction : IDialogAction
{
    public const string ActionName = "raise_urgent";

    public string Name => ActionName;

    public ActionResult Run(ActionRequest request) => new()
    {
        Effects = [new RaiseUrgent(request.Args.GetValueOrDefault("reason") is { Length: > 0 } r ? r : "flow")],
    };
}
