using Hotline.Domain.Conversations.Effects;
using Hotline.Domain.Dialogs.Actions;

namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Calls a named domain action. A pure action registered in the snapshot (<see cref="IDialogAction"/>) runs
/// here and its replies, values and effects join the step; any other name goes to the host as a
/// <see cref="RunAction"/> effect and the flow continues — with the <c>unavailable</c> outcome when the node
/// names one, so a flow can say something sensible while a lookup is not there yet. An <c>outcomes</c> map
/// routes on the action's outcome.
/// <code>
/// - id: score
///   type: call_action
///   action: screen_offer
///   args:                      # optional; placeholders are filled from saved values
///     destination: "{destination}"
///   outcomes:                  # optional: outcome → node; otherwise next
///     high: offer_talk
///     unavailable: not_ready   # no pure action registered under this name
/// </code>
/// </summary>
public sealed record CallAction : Node
{
    public const string Type = "call_action";

    /// <summary>The outcome followed when no pure action has the node's name.</summary>
    public const string Unavailable = "unavailable";

    public required string Action { get; init; }
    public IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Outcomes { get; init; } = new Dictionary<string, string>();

    public static Node Build(NodeSpec spec, NodeBuildContext ctx)
    {
        var action = spec.String("action");
        if (action is null) ctx.Error("a call_action needs an 'action' name");
        return new CallAction
        {
            Id = ctx.NodeId!,
            Action = action ?? "",
            Args = Strings(spec.Map("args")),
            Outcomes = Strings(spec.Map("outcomes")),
            Next = spec.String("next"),
        };
    }

    private static Dictionary<string, string> Strings(IReadOnlyDictionary<string, object?>? map) =>
        map?.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "", StringComparer.Ordinal) ?? new Dictionary<string, string>();

    public override NodeResult Enter(DialogRun run)
    {
        var args = new Dictionary<string, string>(Args.Count, StringComparer.Ordinal);
        foreach (var (name, template) in Args) args[name] = run.Render(template);

        if (!run.Snapshot.Actions.TryGetValue(Action, out var action))
        {
            run.Emit(new RunAction(Action, args));
            return NodeResult.ContinueWith(Outcomes.TryGetValue(Unavailable, out var fallback) ? fallback : Next);
        }

        var result = action.Run(new ActionRequest(args, run.Values, run.Language, run.Now) { SenderCountry = run.SenderCountry });
        foreach (var (name, value) in result.Values) run.SetValue(name, value);
        foreach (var reply in result.Replies) run.SendRendered(reply);
        foreach (var effect in result.Effects) run.Emit(effect);
        return NodeResult.ContinueWith(result.Outcome is not null && Outcomes.TryGetValue(result.Outcome, out var target) ? target : Next);
    }

    public override IEnumerable<string> NextNodes() => Outcomes.Values.Concat(Next is null ? [] : [Next]).Distinct();

    public override IEnumerable<string> ActionsCalled() => [Action];
}
