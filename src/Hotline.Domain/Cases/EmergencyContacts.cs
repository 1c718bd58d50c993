namespace Hotline.Domain.Cases;

/// <summary>
/// Emergency numbers by country for the urgent safety message, loaded from <c>content/emergency.yaml</c>.
/// <see cref="Labels"/> maps each label key to its text per language form ("km", "km-Latn", "en").
/// A country without an entry gets the <see cref="Other"/> entry, so the message always has something
/// to say. Sample numbers (not yet checked against a source) are left out of <see cref="Line"/> unless
/// asked for, because an unchecked number must not reach a person in danger.
/// </summary>
public sealed record EmergencyContacts(
    IReadOnlyList<EmergencyCountry> Countries,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Labels)
{
    public const string Other = "other";

    public static readonly IReadOnlyList<string> LanguageForms = ["km", "km-Latn", "en"];

    /// <summary>The entry for <paramref name="countryCode"/> (any case), or the "other" entry.</summary>
    public EmergencyCountry For(string? countryCode)
    {
        var code = countryCode?.Trim() ?? Other;
        return Countries.FirstOrDefault(c => string.Equals(c.Country, code, StringComparison.OrdinalIgnoreCase))
               ?? Countries.FirstOrDefault(c => c.Country == Other)
               ?? new EmergencyCountry(Other, []);
    }

    /// <summary>
    /// The numbers as one neutral line, "emergency: 191, ambulance: 1669", in <paramref name="language"/>.
    /// Empty when the country has no checked number.
    /// </summary>
    public string Line(string? countryCode, string language, bool includeSamples = false)
    {
        var parts = For(countryCode).Numbers
            .Where(n => includeSamples || n.HasSource)
            .Select(n => $"{LabelText(n.Label, language)}: {n.Number}");
        return string.Join(", ", parts);
    }

    /// <summary>Everything that makes the content unusable or unsafe; empty when it can ship.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Countries.All(c => c.Country != Other)) problems.Add("there is no 'other' entry to fall back to");
        foreach (var duplicate in Countries.GroupBy(c => c.Country.ToUpperInvariant()).Where(g => g.Count() > 1))
            problems.Add($"{duplicate.Key} appears more than once");
        foreach (var country in Countries)
        {
            foreach (var number in country.Numbers)
            {
                var where = $"{country.Country} {number.Label} {number.Number}";
                if (number.Number.Length == 0 || !number.Number.All(char.IsAsciiDigit)) problems.Add($"{where}: a number is digits only");
                if (!number.IsAccountedFor) problems.Add($"{where}: give source and checked, or sample: true with verify");
                if (!Labels.ContainsKey(number.Label)) problems.Add($"{where}: label '{number.Label}' has no texts");
            }
        }

        foreach (var (label, texts) in Labels)
        {
            foreach (var form in LanguageForms.Where(f => !texts.ContainsKey(f) || string.IsNullOrWhiteSpace(texts[f])))
                problems.Add($"label '{label}' has no {form} text");
        }

        return problems;
    }

    private string LabelText(string label, string language) =>
        Labels.TryGetValue(label, out var texts)
            ? texts.GetValueOrDefault(language) ?? texts.GetValueOrDefault("en") ?? label
            : label;
}
