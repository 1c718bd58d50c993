namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Ends the conversation, with an optional last text. Flows waiting to be returned to are dropped too. The
/// next message the person sends starts afresh at the menu.
/// <code>
/// - id: done
///   type: end
///   text: common.goodbye       # optional
/// </code>
/// </summary>
public sealed record End : Node
{
    public const string Type = "end";

    public LocalizedText? Text { get; init; }

    public override bool FallsThrough => false;

    public static Node Build(NodeSpec spec, NodeBuildContext ctx) =>
        new End { Id = ctx.NodeId!, Text = ctx.Text(spec, "text", required: false) };

    public override NodeResult Enter(DialogRun run)
    {
        if (Text is not null) run.Send(Text);
        return NodeResult.EndConversation;
    }

    public override IEnumerable<string> NextNodes() => [];
}
