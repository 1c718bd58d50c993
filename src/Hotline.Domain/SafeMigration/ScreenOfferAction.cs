using Hotline.Domain.Conversations.Effects;
using Hotline.Domain.Dialogs.Actions;
using Hotline.Domain.Screening;

namespace Hotline.Domain.SafeMigration;

/// <summary>
/// <c>screen_offer</c>: scores the screening answers saved by the flow (<see cref="ScreeningValues"/>) with the
/// content's <see cref="ScreeningModel"/> and answers, one line each: the level (<c>job_offer.result_low</c>,
/// <c>…_caution</c>, <c>…_high</c>), the top reasons in plain words, and one next step. Outcome <c>low</c>,
/// <c>caution</c> or <c>high</c>, so a flow can offer a person to talk to on a high result. Saves
/// <c>screening_level</c>, <c>screening_reasons</c> and <c>screening_step</c> (ids only, never free text), and
/// emits <see cref="RecordScreening"/>: the anonymised record for the statistics (<see cref="ScreeningRecord"/>).
/// Arguments: <c>reply_as</c> (optional) saves the message under that name instead of sending it.
/// </summary>
public sealed class ScreenOfferAction(ScreeningModel model, ActionTexts texts) : IDialogAction, IUsesTexts
{
    public const string ActionName = "screen_offer";

    public string Name => ActionName;

    public ScreeningModel Model { get; } = model;

    public IEnumerable<string> TextKeys => [LevelKey(RiskLevel.Low), LevelKey(RiskLevel.Caution), LevelKey(RiskLevel.High)];

    public static string LevelWord(RiskLevel level) => level switch
    {
        RiskLevel.High => "high",
        RiskLevel.Caution => "caution",
        _ => "low",
    };

    public static string LevelKey(RiskLevel level) => "job_offer.result_" + LevelWord(level);

    public ActionResult Run(ActionRequest request)
    {
        var answers = ScreeningValues.Read(request.Values);
        var result = Model.Screen(answers);
        var form = request.Language;

        var lines = new List<string> { texts.Get(LevelKey(result.Level), form) };
        foreach (var id in result.TopReasons)
        {
            if (Model.FindIndicator(id)?.Reason.GetValueOrDefault(form) is { } reason) lines.Add(reason);
        }
        if (Model.Step(result.NextStep)?.Text.GetValueOrDefault(form) is { } step) lines.Add(step);

        var level = LevelWord(result.Level);
        var values = new Dictionary<string, string>
        {
            ["screening_level"] = level,
            ["screening_reasons"] = string.Join(' ', result.TopReasons),
            ["screening_step"] = result.NextStep,
        };
        return ActionTexts.Answer(request, ActionTexts.Lines(lines), level, values, [new RecordScreening(ScreeningRecord.From(answers, result))]);
    }
}
