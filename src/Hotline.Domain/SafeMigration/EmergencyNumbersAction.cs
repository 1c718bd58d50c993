using Hotline.Domain.Cases;
using Hotline.Domain.Dialogs.Actions;
using Hotline.Domain.Language;

namespace Hotline.Domain.SafeMigration;

/// <summary>
/// <c>emergency_numbers</c>: the emergency numbers for the country the person is in, from
/// <c>content/emergency.yaml</c>, as one neutral line in their language form ("emergency: 191, ambulance: 1669").
/// The country is the <c>country</c> argument when the flow has one (a country the person named), otherwise
/// the country of the sender's number (<see cref="ActionRequest.SenderCountry"/>), otherwise the <c>other</c>
/// entry. Numbers marked sample are left out, as <see cref="EmergencyContacts.Line"/> does.
/// Saves <c>emergency_numbers</c> (the line) and <c>emergency_country</c> (the entry used); sends nothing.
/// Outcomes: <c>numbers</c>, or <c>none</c> when the country has no checked number.
/// The same numbers go into the host's follow-up when nobody is on call (<see cref="UrgentFollowUp"/>); its texts are
/// declared here so the content check requires them, measures them and checks them against the deny-list.
/// </summary>
public sealed class EmergencyNumbersAction(EmergencyContacts contacts) : IDialogAction, IUsesTexts
{
    public const string ActionName = "emergency_numbers";

    public string Name => ActionName;

    public EmergencyContacts Contacts { get; } = contacts;

    public IEnumerable<string> TextKeys => UrgentFollowUp.TextKeys;

    // Every country's line in every form, built once: the urgent message must not wait on string building.
    private readonly Dictionary<(string Country, LanguageForm Form), string> _lines = contacts.Countries
        .SelectMany(c => LanguageForms.All.Select(f => (c.Country, f)))
        .DistinctBy(k => k)
        .ToDictionary(k => k, k => contacts.Line(k.Country, k.f.Code()));

    public ActionResult Run(ActionRequest request)
    {
        var country = request.Args.GetValueOrDefault("country") is { Length: > 0 } named ? named : request.SenderCountry;
        var entry = Contacts.For(country);
        var line = _lines.TryGetValue((entry.Country, request.Language), out var built) ? built : Contacts.Line(entry.Country, request.Language.Code());
        return new ActionResult
        {
            Values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["emergency_numbers"] = line,
                ["emergency_country"] = entry.Country,
            },
            Outcome = line.Length > 0 ? "numbers" : "none",
        };
    }
}
