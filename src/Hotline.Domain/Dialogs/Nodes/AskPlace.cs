using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Asks for a Cambodian province or a destination country by its Khmer, romanized or English name. Saves the
/// code (<c>KH-12</c>, <c>TH</c>). A prompt may also list numbered places through <c>options</c> — the numbers
/// are settled here, the names by the place recogniser.
/// <code>
/// - id: destination
///   type: ask_place
///   kind: country              # country, province, or leave out for either
///   prompt: screening.ask_destination
///   save: destination
///   options: [TH, MY, KR, JP]  # optional: what 1, 2, 3… mean in the prompt
/// </code>
/// </summary>
public sealed record AskPlace : Question
{
    public const string Type = "ask_place";

    public PlaceKind? Kind { get; init; }

    public IReadOnlyList<string> Numbered { get; init; } = [];

    public static Node Build(NodeSpec spec, NodeBuildContext ctx)
    {
        var (prompt, retry, save) = ReadCommon(spec, ctx);
        PlaceKind? kind = spec.String("kind") switch
        {
            null => null,
            "country" => PlaceKind.Country,
            "province" => PlaceKind.Province,
            var other => Invalid(other),
        };
        var numbered = spec.List("options")?.Select(o => o?.ToString() ?? "").ToList() ?? [];
        if (numbered.Any(string.IsNullOrWhiteSpace)) ctx.Error("'options' has an empty place code");
        return new AskPlace
        {
            Id = ctx.NodeId!,
            Prompt = prompt,
            Retry = retry,
            Save = save,
            Next = spec.String("next"),
            Kind = kind,
            Numbered = numbered,
        };

        PlaceKind? Invalid(string other)
        {
            ctx.Error($"'kind' must be country or province, not '{other}'");
            return null;
        }
    }

    public override string? Read(NormalisedText reply, DialogRun run)
    {
        if (Numbered.Count > 0 && int.TryParse(reply.Key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n >= 1 && n <= Numbered.Count)
        {
            return Numbered[n - 1];
        }
        return PlaceRecogniser.Recognise(reply, Kind) is { } r && r.Confidence >= run.Settings.MinConfidence ? r.Value.Code : null;
    }
}
