namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Saves a value, which may use other saved values as <c>{placeholders}</c>.
/// <code>
/// - id: mark_topic
///   type: set_value
///   name: topic
///   value: rights
/// </code>
/// </summary>
public sealed record SetValue : Node
{
    public const string Type = "set_value";

    public required string Name { get; init; }
    public required string Value { get; init; }

    public static Node Build(NodeSpec spec, NodeBuildContext ctx)
    {
        var name = spec.String("name");
        if (name is null) ctx.Error("a set_value needs a 'name'");
        return new SetValue { Id = ctx.NodeId!, Name = name ?? "", Value = spec.String("value") ?? "", Next = spec.String("next") };
    }

    public override NodeResult Enter(DialogRun run)
    {
        run.SetValue(Name, run.Render(Value));
        return NodeResult.ContinueWith(Next);
    }
}
