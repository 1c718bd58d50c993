using System.Globalization;
using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Asks for a date ("12/3/2026", "today", Khmer month names). Saves it as <c>yyyy-MM-dd</c>. "Today" is the
/// date at the content's UTC offset (Cambodia and Thailand: +7), taken from the step's time, not a clock.
/// <code>
/// - id: returned_on
///   type: ask_date
///   prompt: returnee.ask_date
///   save: returned_on
/// </code>
/// </summary>
public sealed record AskDate : Question
{
    public const string Type = "ask_date";

    public static Node Build(NodeSpec spec, NodeBuildContext ctx)
    {
        var (prompt, retry, save) = ReadCommon(spec, ctx);
        return new AskDate { Id = ctx.NodeId!, Prompt = prompt, Retry = retry, Save = save, Next = spec.String("next") };
    }

    public override string? Read(NormalisedText reply, DialogRun run) =>
        DateRecogniser.Recognise(reply, run.Today) is { } r && r.Confidence >= run.Settings.MinConfidence
            ? r.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
}
