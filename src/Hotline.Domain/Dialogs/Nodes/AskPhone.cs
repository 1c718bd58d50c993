using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Asks for a phone number (Cambodian 0…/+855…, Thai +66…, others in international form). Saves it in E.164.
/// A local number is read as belonging to the country the person is writing from.
/// <code>
/// - id: callback
///   type: ask_phone
///   prompt: talk.ask_phone
///   save: callback_phone
/// </code>
/// </summary>
public sealed record AskPhone : Question
{
    public const string Type = "ask_phone";

    public static Node Build(NodeSpec spec, NodeBuildContext ctx)
    {
        var (prompt, retry, save) = ReadCommon(spec, ctx);
        return new AskPhone { Id = ctx.NodeId!, Prompt = prompt, Retry = retry, Save = save, Next = spec.String("next") };
    }

    public override string? Read(NormalisedText reply, DialogRun run) =>
        PhoneRecogniser.Recognise(reply, run.SenderCountry ?? "KH") is { } r && r.Confidence >= run.Settings.MinConfidence
            ? r.Value.E164
            : null;
}
