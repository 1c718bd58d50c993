using System.Globalization;
using Hotline.Domain.Agencies;
using Hotline.Domain.Dialogs.Actions;

namespace Hotline.Domain.SafeMigration;

/// <summary>
/// <c>lookup_agency</c>: looks the <c>query</c> argument up in the agency register and answers with the text
/// <see cref="AgencyAnswer"/> names (<c>agency.licensed</c>, <c>agency.not_on_list</c>, …), quoting the list's
/// source and date, followed by <c>agency.cannot_confirm.sample</c> / <c>.old_list</c> whenever the register
/// cannot confirm anything (the shipped sample always). Never says "illegal": there is no such text.
/// Placeholders: <c>{agency_name}</c>, <c>{licence}</c>, <c>{source}</c>, <c>{date}</c>, <c>{candidates}</c>.
/// Outcomes: <c>licensed</c>, <c>suspended</c>, <c>revoked</c>, <c>not_on_list</c>, <c>did_you_mean</c> (which also
/// saves <c>agency_suggestion</c>, the licence number of the first suggestion).
/// Arguments: <c>query</c>; <c>max_age_days</c> (default 365): an older list cannot confirm; <c>reply_as</c>.
/// </summary>
public sealed class LookupAgencyAction(AgencyRegister register, ActionTexts texts) : IDialogAction, IUsesTexts
{
    public const string ActionName = "lookup_agency";
    public const int DefaultMaxAgeDays = 365;

    public string Name => ActionName;

    public AgencyRegister Register { get; } = register;

    public IEnumerable<string> TextKeys =>
    [
        AgencyAnswer.Licensed, AgencyAnswer.Suspended, AgencyAnswer.Revoked, AgencyAnswer.NotOnList, AgencyAnswer.DidYouMean,
        AgencyAnswer.CannotConfirmSample, AgencyAnswer.CannotConfirmOldList,
    ];

    public ActionResult Run(ActionRequest request)
    {
        var maxAge = int.TryParse(request.Args.GetValueOrDefault("max_age_days"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) && d > 0
            ? d
            : DefaultMaxAgeDays;
        var today = DateOnly.FromDateTime(request.Now.DateTime);
        var answer = AgencyAnswer.For(Register.Lookup(request.Args.GetValueOrDefault("query")), today, maxAge);

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["agency_name"] = answer.Agency?.DisplayName ?? "",
            ["licence"] = answer.Agency?.LicenceNumber ?? "",
            ["source"] = answer.Source,
            ["date"] = answer.ListDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["candidates"] = string.Join(" / ", answer.Candidates.Take(3).Select(c => $"{c.DisplayName} ({c.LicenceNumber})")),
        };
        var form = request.Language;
        var message = ActionTexts.Lines(
        [
            texts.Get(answer.Key, form, values),
            answer.CannotConfirmKey is { } key ? texts.Get(key, form, values) : "",
        ]);
        var saved = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // The licence number is the agency's id for reports; a name typed by the person is not kept here.
            ["agency_licence"] = answer.Agency?.LicenceNumber ?? "",
            // "Did you mean …?": the first suggestion's licence number, which a flow may look up when the person says yes.
            ["agency_suggestion"] = answer.Candidates.Count > 0 ? answer.Candidates[0].LicenceNumber : "",
        };
        return ActionTexts.Answer(request, message, answer.Key["agency.".Length..], saved);
    }
}
