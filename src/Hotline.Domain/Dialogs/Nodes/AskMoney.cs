using System.Globalization;
using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Asks for an amount of money with its currency (dollars, riel, baht, …). Saves <c>"250 USD"</c> under
/// <c>save</c>, and the parts under <c>{save}_amount</c> and <c>{save}_currency</c> (empty when not said).
/// <code>
/// - id: fee
///   type: ask_money
///   prompt: screening.ask_fee_amount
///   save: fee
/// </code>
/// </summary>
public sealed record AskMoney : Question
{
    public const string Type = "ask_money";

    public static Node Build(NodeSpec spec, NodeBuildContext ctx)
    {
        var (prompt, retry, save) = ReadCommon(spec, ctx);
        return new AskMoney { Id = ctx.NodeId!, Prompt = prompt, Retry = retry, Save = save, Next = spec.String("next") };
    }

    public override string? Read(NormalisedText reply, DialogRun run) =>
        MoneyRecogniser.Recognise(reply) is { } r && r.Confidence >= run.Settings.MinConfidence
            ? $"{r.Value.Amount.ToString(CultureInfo.InvariantCulture)} {r.Value.Currency}".TrimEnd()
            : null;

    public override NodeResult Answered(string value, DialogRun run)
    {
        if (Save is not null)
        {
            var space = value.IndexOf(' ');
            run.SetValue(Save + "_amount", space < 0 ? value : value[..space]);
            run.SetValue(Save + "_currency", space < 0 ? "" : value[(space + 1)..]);
        }
        return base.Answered(value, run);
    }
}
