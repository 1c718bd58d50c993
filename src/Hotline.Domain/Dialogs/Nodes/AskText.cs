using Hotline.Domain.Language;

namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Asks for free text and accepts anything that is not empty (emoji and punctuation alone are empty). The
/// saved text is the cleaned message, cut to <c>max_length</c> characters (default 500).
/// <code>
/// - id: details
///   type: ask_text
///   prompt: urgent.safety
///   save: details
///   max_length: 500            # optional
/// </code>
/// </summary>
public sealed record AskText : Question
{
    public const string Type = "ask_text";

    public int MaxLength { get; init; } = 500;

    public static Node Build(NodeSpec spec, NodeBuildContext ctx)
    {
        var (prompt, retry, save) = ReadCommon(spec, ctx);
        var max = spec.Decimal("max_length");
        if (max is <= 0) ctx.Error("'max_length' must be positive");
        return new AskText
        {
            Id = ctx.NodeId!,
            Prompt = prompt,
            Retry = retry,
            Save = save,
            Next = spec.String("next"),
            MaxLength = max is > 0 ? (int)max.Value : 500,
        };
    }

    public override string? Read(NormalisedText reply, DialogRun run) =>
        reply.IsEmpty ? null : reply.Clean.Length <= MaxLength ? reply.Clean : reply.Clean[..MaxLength];
}
