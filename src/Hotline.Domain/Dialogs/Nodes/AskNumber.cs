using System.Globalization;
using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Asks for a whole number (digits, Khmer digits or number words), optionally within bounds. With
/// <c>reads: age</c> it reads an age ("17", "១៧ឆ្នាំ", "17 years old") instead.
/// <code>
/// - id: age
///   type: ask_number
///   reads: age                 # number (default) or age
///   prompt: screening.ask_age
///   save: age
///   min: 10                    # optional
///   max: 80                    # optional
/// </code>
/// </summary>
public sealed record AskNumber : Question
{
    public const string Type = "ask_number";

    public bool ReadsAge { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }

    public static Node Build(NodeSpec spec, NodeBuildContext ctx)
    {
        var (prompt, retry, save) = ReadCommon(spec, ctx);
        var reads = spec.String("reads") ?? "number";
        if (reads is not ("number" or "age")) ctx.Error($"'reads' must be number or age, not '{reads}'");
        var node = new AskNumber
        {
            Id = ctx.NodeId!,
            Prompt = prompt,
            Retry = retry,
            Save = save,
            Next = spec.String("next"),
            ReadsAge = reads == "age",
            Min = spec.Decimal("min"),
            Max = spec.Decimal("max"),
        };
        if (node.Min > node.Max) ctx.Error("'min' is greater than 'max'");
        return node;
    }

    public override string? Read(NormalisedText reply, DialogRun run)
    {
        long? value = ReadsAge
            ? AgeRecogniser.Recognise(reply) is { } age && age.Confidence >= run.Settings.MinConfidence ? age.Value : null
            : NumberRecogniser.Recognise(reply) is { } n && n.Confidence >= run.Settings.MinConfidence ? n.Value : null;
        if (value is null || value < Min || value > Max) return null;
        return value.Value.ToString(CultureInfo.InvariantCulture);
    }
}
