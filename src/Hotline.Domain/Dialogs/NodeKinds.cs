using Hotline.Domain.Dialogs.Nodes;

namespace Hotline.Domain.Dialogs;

/// <summary>Every node kind by the <c>type</c> name content uses. Adding a kind: a file in <c>Nodes/</c> and a line here.</summary>
public static class NodeKinds
{
    public static readonly IReadOnlyDictionary<string, Func<NodeSpec, NodeBuildContext, Node>> Builders =
        new Dictionary<string, Func<NodeSpec, NodeBuildContext, Node>>(StringComparer.Ordinal)
        {
            [Say.Type] = Say.Build,
            [AskChoice.Type] = AskChoice.Build,
            [AskYesNo.Type] = AskYesNo.Build,
            [AskNumber.Type] = AskNumber.Build,
            [AskMoney.Type] = AskMoney.Build,
            [AskPhone.Type] = AskPhone.Build,
            [AskText.Type] = AskText.Build,
            [AskDate.Type] = AskDate.Build,
            [AskPlace.Type] = AskPlace.Build,
            [Branch.Type] = Branch.Build,
            [SetValue.Type] = SetValue.Build,
            [SetLanguage.Type] = SetLanguage.Build,
            [CallAction.Type] = CallAction.Build,
            [GoToFlow.Type] = GoToFlow.Build,
            [End.Type] = End.Build,
        };
}
