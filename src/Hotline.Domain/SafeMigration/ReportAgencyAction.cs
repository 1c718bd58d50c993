using Hotline.Domain.Agencies;
using Hotline.Domain.Conversations.Effects;
using Hotline.Domain.Dialogs.Actions;

namespace Hotline.Domain.SafeMigration;

/// <summary>
/// <c>report_agency</c>: "report an agency or broker". Looks the agency up in the register — by <c>licence</c>
/// when the flow has one (the agency just looked up), otherwise by <c>name</c> as the person typed it — and emits
/// <see cref="RecordAgencyReport"/> with the anonymised <see cref="AgencyReport"/>: the licence number on a
/// match, otherwise the matching key of the name; the reason as a category; the date only. Sends nothing (the
/// flow thanks the person). Arguments: <c>licence</c>, <c>name</c>, <c>reason</c> (one of <see cref="Reasons"/>;
/// anything else counts as <c>other</c>). Outcome: <c>recorded</c>, or <c>no_name</c> when there is nothing to
/// report against (no licence and no name), which records nothing.
/// </summary>
public sealed class ReportAgencyAction(AgencyRegister register) : IDialogAction
{
    public const string ActionName = "report_agency";

    /// <summary>The reason keys a flow passes, and the category each is counted under.</summary>
    public static readonly IReadOnlyDictionary<string, ReportReason> Reasons = new Dictionary<string, ReportReason>(StringComparer.Ordinal)
    {
        ["fees"] = ReportReason.FeesCharged,
        ["passport"] = ReportReason.PassportKept,
        ["wages"] = ReportReason.WagesUnpaid,
        ["contract"] = ReportReason.ContractBroken,
        ["promises"] = ReportReason.FalsePromises,
        ["child"] = ReportReason.RecruitedChild,
        ["threats"] = ReportReason.ThreatsOrViolence,
        ["other"] = ReportReason.Other,
    };

    public string Name => ActionName;

    public AgencyRegister Register { get; } = register;

    public ActionResult Run(ActionRequest request)
    {
        var licence = request.Args.GetValueOrDefault("licence")?.Trim();
        var name = request.Args.GetValueOrDefault("name")?.Trim();
        if (string.IsNullOrEmpty(licence) && string.IsNullOrEmpty(name)) return new ActionResult { Outcome = "no_name" };

        var lookup = Register.Lookup(string.IsNullOrEmpty(licence) ? name : licence);
        var reason = Reasons.GetValueOrDefault(request.Args.GetValueOrDefault("reason") ?? "", ReportReason.Other);
        var report = AgencyReport.From(lookup, name, reason, DateOnly.FromDateTime(request.Now.DateTime));
        return new ActionResult { Effects = [new RecordAgencyReport(report)], Outcome = "recorded" };
    }
}
