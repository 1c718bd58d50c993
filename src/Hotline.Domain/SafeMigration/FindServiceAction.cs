using System.Globalization;
using Hotline.Domain.Dialogs.Actions;
using Hotline.Domain.Referrals;

namespace Hotline.Domain.SafeMigration;

/// <summary>
/// <c>find_service</c>: services for <c>need</c> (legal_aid, wage_claim, shelter, …) in <c>province</c>
/// (KH-12; empty for anywhere), from the referral directory. Always includes a service open to adult men when
/// the directory has one, and says so plainly when it has none. Organisations are not named in the reply
/// (rule R1: whoever holds the phone can read the thread); each option says where and for whom, a sourced
/// phone number when there is one, and sample entries are announced as unchecked. The service ids are saved
/// as <c>services_found</c> for the team. Outcomes <c>found</c> / <c>none</c>.
/// Arguments: <c>need</c>, <c>province</c>, <c>who</c> (optional: women, men, children, lgbt), <c>reply_as</c>.
/// </summary>
public sealed class FindServiceAction(ServiceDirectory directory, ActionTexts texts) : IDialogAction, IUsesTexts
{
    public const string ActionName = "find_service";

    public string Name => ActionName;

    public ServiceDirectory Directory { get; } = directory;

    public static string NeedKey(ServiceNeed need) => "services.need." + need.Word();

    public static string GroupKey(Eligible group) => "returnee.group_" + group.Word();

    public IEnumerable<string> TextKeys =>
    [
        "returnee.services_found", "returnee.services_none", "returnee.service_option", "returnee.service_phone",
        "returnee.services_sample", "returnee.services_none_for_men",
        "returnee.where_province", "returnee.where_nationwide", "returnee.where_not_stated", "returnee.where_other_province",
        "returnee.who_for", "returnee.who_not_stated",
        .. Enum.GetValues<Eligible>().Select(GroupKey),
        .. Enum.GetValues<ServiceNeed>().Select(NeedKey),
    ];

    public ActionResult Run(ActionRequest request)
    {
        if (!ReferralWords.TryParseNeed(request.Args.GetValueOrDefault("need"), out var need)) return new ActionResult { Outcome = "none" };
        Eligible? who = ReferralWords.TryParseEligible(request.Args.GetValueOrDefault("who"), out var w) ? w : null;
        var province = request.Args.GetValueOrDefault("province");
        var form = request.Language;
        var options = Directory.Find(province, need, who);
        var needLabel = new Dictionary<string, string> { ["need"] = texts.Get(NeedKey(need), form) };

        var lines = new List<string>
        {
            texts.Get(options.Count > 0 ? "returnee.services_found" : "returnee.services_none", form, needLabel),
        };
        for (var i = 0; i < options.Count; i++)
        {
            var service = options[i].Service;
            var where = options[i].Coverage switch
            {
                Coverage.InProvince => "returnee.where_province",
                Coverage.Nationwide => "returnee.where_nationwide",
                Coverage.OtherProvince => "returnee.where_other_province",
                _ => "returnee.where_not_stated",
            };
            var whoText = service.Eligibility.Count == 0
                ? texts.Get("returnee.who_not_stated", form)
                : texts.Get("returnee.who_for", form) + " " + string.Join(", ", service.Eligibility.Select(g => texts.Get(GroupKey(g), form)));
            var contact = service.Phone.Length > 0 && service.ContactSource.Length > 0
                ? " " + texts.Get("returnee.service_phone", form, new Dictionary<string, string> { ["phone"] = service.Phone })
                : "";
            lines.Add(texts.Get("returnee.service_option", form, new Dictionary<string, string>
            {
                ["n"] = (i + 1).ToString(CultureInfo.InvariantCulture),
                ["where"] = texts.Get(where, form),
                ["who"] = whoText,
                ["contact"] = contact,
            }));
        }
        if ((who is null or Eligible.Men) && Directory.NoOptionForMen(need)) lines.Add(texts.Get("returnee.services_none_for_men", form));
        if (options.Any(o => o.Service.Sample)) lines.Add(texts.Get("returnee.services_sample", form));

        return ActionTexts.Answer(request, ActionTexts.Lines(lines), options.Count > 0 ? "found" : "none", new Dictionary<string, string>
        {
            ["services_found"] = string.Join(' ', options.Select(o => o.Service.Id)),
        });
    }
}
