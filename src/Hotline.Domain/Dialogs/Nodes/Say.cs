namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Sends one text and moves on.
/// <code>
/// - id: thanks
///   type: say
///   text: talk.thanks          # or inline { km: …, km-Latn: …, en: … }
///   next: done                 # optional
/// </code>
/// </summary>
public sealed record Say : Node
{
    public const string Type = "say";

    public required LocalizedText Text { get; init; }

    public static Node Build(NodeSpec spec, NodeBuildContext ctx) => new Say
    {
        Id = ctx.NodeId!,
        Text = ctx.Text(spec, "text", required: true) ?? ctx.Placeholder("text"),
        Next = spec.String("next"),
    };

    public override NodeResult Enter(DialogRun run)
    {
        run.Send(Text);
        return NodeResult.ContinueWith(Next);
    }
}
