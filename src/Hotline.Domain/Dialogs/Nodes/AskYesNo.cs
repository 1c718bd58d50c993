using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Asks a yes/no question (បាទ/ចាស/ទេ, bat/jas/te, yes/no, 1/2 as the prompt offers). Saves <c>yes</c> or <c>no</c>.
/// <code>
/// - id: passport
///   type: ask_yes_no
///   prompt: screening.ask_passport
///   save: passport_kept
///   yes: warn_passport         # optional, else next
///   no: ask_contract           # optional, else next
/// </code>
/// </summary>
public sealed record AskYesNo : Question
{
    public const string Type = "ask_yes_no";
    public const string Yes = "yes";
    public const string No = "no";

    public string? IfYes { get; init; }
    public string? IfNo { get; init; }

    public static Node Build(NodeSpec spec, NodeBuildContext ctx)
    {
        var (prompt, retry, save) = ReadCommon(spec, ctx);
        return new AskYesNo
        {
            Id = ctx.NodeId!,
            Prompt = prompt,
            Retry = retry,
            Save = save,
            Next = spec.String("next"),
            IfYes = spec.String("yes"),
            IfNo = spec.String("no"),
        };
    }

    public override string? Read(NormalisedText reply, DialogRun run)
    {
        // The prompts offer "1 yes 2 no", which a number settles without the recogniser.
        if (reply.Key == "1") return Yes;
        if (reply.Key == "2") return No;
        return YesNoRecogniser.Recognise(reply) is { } r && r.Confidence >= run.Settings.MinConfidence ? (r.Value ? Yes : No) : null;
    }

    public override NodeResult Answered(string value, DialogRun run) =>
        NodeResult.ContinueWith((value == Yes ? IfYes : IfNo) ?? Next);

    public override IEnumerable<string> NextNodes() => new[] { IfYes ?? Next, IfNo ?? Next }.OfType<string>().Distinct();
}
