namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Starts another flow. With <c>return: true</c> the current flow continues after it (with the node written
/// next, or <c>next</c>); otherwise the current flow is left for good.
/// <code>
/// - id: to_services
///   type: go_to_flow
///   flow: find_service
///   return: false              # optional, default false
/// </code>
/// </summary>
public sealed record GoToFlow : Node
{
    public const string Type = "go_to_flow";

    public required string Flow { get; init; }
    public bool Return { get; init; }

    public override bool FallsThrough => Return;

    public static Node Build(NodeSpec spec, NodeBuildContext ctx)
    {
        var flow = spec.String("flow");
        if (flow is null) ctx.Error("a go_to_flow needs a 'flow'");
        var returns = spec.Bool("return");
        var next = spec.String("next");
        if (!returns && next is not null) ctx.Error("'next' only makes sense with 'return: true'");
        return new GoToFlow { Id = ctx.NodeId!, Flow = flow ?? "", Return = returns, Next = next };
    }

    public override NodeResult Enter(DialogRun run) => NodeResult.StartFlow(Flow, Return);

    public override IEnumerable<string> NextNodes() => Return && Next is not null ? [Next] : [];

    public override IEnumerable<string> FlowsEntered() => [Flow];
}
