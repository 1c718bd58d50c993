using System.Text.RegularExpressions;

namespace Hotline.Domain.Cases;

/// <summary>
/// The SMS that pages a responder. It carries only what is needed to act — the case code, whether it is
/// urgent, the need and province as codes, and how to acknowledge and reply — and never the person's
/// words or number: the page sits in an ordinary phone's inbox, and the responder reads the rest in the
/// console after acknowledging. The signature takes no client text at all, and a need or province that
/// is not a plain code (for example free text passed by mistake) is left out rather than printed.
/// Every page fits in two SMS segments, in every language form.
/// </summary>
public static partial class PageText
{
    public static string For(CaseKind kind, string caseCode, string pageCode, string? need, string? province, string language)
    {
        if (!ShortCode.IsCaseCode(caseCode)) throw new ArgumentException("not a case code", nameof(caseCode));
        if (!ShortCode.IsDigitCode(pageCode)) throw new ArgumentException("not a page code", nameof(pageCode));

        var what = string.Join(" ", new[] { SafeNeed(need), SafeProvince(province) }.Where(p => p is not null));
        var about = what.Length == 0 ? "" : " " + what;
        return ResponderTexts.Pick(language,
            km: $"{Kind(kind, language)} {caseCode}{about}។ ទទួល: ACK {caseCode} {pageCode} ឆ្លើយ: R {caseCode} សារ",
            kmLatn: $"{Kind(kind, language)} {caseCode}{about}. Totuol: ACK {caseCode} {pageCode} Chhlaeuy: R {caseCode} sar",
            en: $"{Kind(kind, language)} {caseCode}{about}. Take it: ACK {caseCode} {pageCode} Reply: R {caseCode} your text. Decline: PASS {caseCode} {pageCode}");
    }

    private static string Kind(CaseKind kind, string language) => kind == CaseKind.Urgent
        ? ResponderTexts.Pick(language, km: "បន្ទាន់", kmLatn: "BONTOAN", en: "URGENT")
        : ResponderTexts.Pick(language, km: "សុំជំនួយ", kmLatn: "Som chumnuoy", en: "Help");

    private static string? SafeNeed(string? need) => need is not null && NeedWord().IsMatch(need) ? need : null;

    private static string? SafeProvince(string? province) => province is not null && PlaceCode().IsMatch(province) ? province : null;

    [GeneratedRegex("^[a-z][a-z_]{0,23}$")]
    private static partial Regex NeedWord();

    /// <summary>A province (KH-12) or a country (TH), never anything a person typed.</summary>
    [GeneratedRegex("^[A-Z]{2}(-[0-9]{1,2})?$")]
    private static partial Regex PlaceCode();
}
