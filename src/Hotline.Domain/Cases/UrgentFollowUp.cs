using Hotline.Domain.Dialogs;
using Hotline.Domain.Language;

namespace Hotline.Domain.Cases;

/// <summary>
/// The one message a person in danger is sent when no organisation has anyone on call: we are still looking for
/// someone, and the emergency numbers of the country their number belongs to (checked numbers only, as in the safety
/// message). The wording lives in <c>content/texts/urgent.yaml</c> and passes the deny-list like every client text
/// (rule R1: it reads like an ordinary personal message). Pure: the host decides when, and sends it through the outbox.
/// </summary>
public sealed class UrgentFollowUp(EmergencyContacts contacts, IReadOnlyDictionary<string, LocalizedText> texts)
{
    public const string WithNumbers = "urgent.follow_up_numbers";
    public const string WithoutNumbers = "urgent.follow_up";

    public static readonly IReadOnlyList<string> TextKeys = [WithNumbers, WithoutNumbers];

    public string For(string? country, LanguageForm language)
    {
        var line = contacts.Line(country, language.Code());
        return line.Length > 0
            ? TextTemplate.Render(texts[WithNumbers].For(language), new Dictionary<string, string> { ["emergency_numbers"] = line })
            : texts[WithoutNumbers].For(language);
    }
}
