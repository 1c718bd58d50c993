namespace Hotline.Domain.Cases;

/// <summary>
/// The short lines the hotline sends to responders about commands, in the three language forms
/// ("km", "km-Latn", "en"; anything else gets "en"). They go to staff, not to clients, but they are
/// still written to say nothing about a person: a responder's phone can be seen by others too.
/// Each fits one SMS segment.
/// </summary>
public static class ResponderTexts
{
    /// <summary>Sent when a message from a responder number is not a command.</summary>
    public static string Usage(string language) => Pick(language,
        km: "មិនយល់ទេ។ ផ្ញើ HELP ដើម្បីមើលពាក្យបញ្ជា។",
        kmLatn: "Min yol te. Phnhae HELP daeumbei merl peak banhchea.",
        en: "Not understood. Commands: ACK id code, 1 code, PASS id code, R id text, DONE id code note, ON code, OFF code, HELP");

    /// <summary>The answer to HELP: every command with the shape of its arguments.</summary>
    public static string Help(string language) => Pick(language,
        km: "ACK លេខ កូដ=ទទួល, 1 កូដ=ទទួលចុងក្រោយ, PASS លេខ កូដ=បដិសេធ, R លេខ សារ=ឆ្លើយ, DONE លេខ កូដ=បិទ, ON/OFF កូដ",
        kmLatn: "ACK lek kod=totuol, 1 kod=totuol chong kroy, PASS lek kod=bdeseth, R lek sar=chhlaeuy, DONE lek kod=bet, ON/OFF kod",
        en: "ACK id code = take it. 1 code = take the latest. PASS id code = decline. R id text = reply. DONE id code note = close. ON code / OFF code = duty.");

    /// <summary>Sent when a command needed a PIN or page code and had none, or a wrong one.</summary>
    public static string CredentialNeeded(string language) => Pick(language,
        km: "សូមដាក់ PIN ឬកូដពីសារ ឧ. ACK K7Q4 5821",
        kmLatn: "Som dak PIN reu kod pi sar, ud. ACK K7Q4 5821",
        en: "Add your PIN or the code from the page, e.g. ACK K7Q4 5821");

    /// <summary>Sent to the second of two responders who acknowledge the same case.</summary>
    public static string AlreadyTaken(string caseCode, string language) => Pick(language,
        km: $"{caseCode} មានអ្នកផ្សេងទទួលរួចហើយ។ អរគុណ។",
        kmLatn: $"{caseCode} mean neak phseng totuol ruoch haeuy. Orkun.",
        en: $"{caseCode} is already taken by someone else. Thank you.");

    /// <summary>Sent to the responder whose acknowledgement won.</summary>
    public static string Acknowledged(string caseCode, string language) => Pick(language,
        km: $"{caseCode} ជារបស់អ្នក។ ឆ្លើយ: R {caseCode} សារ",
        kmLatn: $"{caseCode} jea robos neak. Chhlaeuy: R {caseCode} sar",
        en: $"{caseCode} is yours. Reply: R {caseCode} your text");

    /// <summary>The client said this number is not safe to contact: a reply waits until they write again.</summary>
    public static string NotSafeToContact(string caseCode, string language) => Pick(language,
        km: $"{caseCode}: មិនមានសុវត្ថិភាពទាក់ទងលេខនេះទេ។ រង់ចាំគាត់សរសេរមកវិញ។",
        kmLatn: $"{caseCode}: min mean sovatthiphap teak tong lek nis te. Rongcham koat sarser mok vinh.",
        en: $"{caseCode}: not safe to contact this number. Wait until they write again.");

    internal static string Pick(string language, string km, string kmLatn, string en) => language switch
    {
        "km" => km,
        "km-Latn" => kmLatn,
        _ => en,
    };
}
