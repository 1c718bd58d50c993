using System.Text.RegularExpressions;

namespace Hotline.Domain.Referrals;

/// <summary>
/// One organisation's service as the directory knows it, with where each fact comes from.
/// Empty lists mean "the source does not say", never "nobody": <see cref="Provinces"/> empty is
/// coverage not stated, <see cref="Eligibility"/> empty is eligibility not stated. Contact fields
/// are empty unless a source gives them (<see cref="ContactSource"/>). <see cref="Sample"/> entries
/// have unverified details and every answer built from them must say so.
/// </summary>
public sealed partial record ReferralService(
    string Id,
    string Organisation,
    IReadOnlyList<ServiceNeed> Services,
    IReadOnlyList<string> Provinces,
    bool ProvincesComplete,
    IReadOnlyList<Eligible> Eligibility,
    IReadOnlyList<string> Languages,
    string Phone,
    string Hours,
    string Address,
    string ContactSource,
    string Source,
    DateOnly Checked,
    bool Sample,
    string Notes)
{
    public const string AllProvinces = "all";

    public bool HasContact => Phone.Length > 0 || Address.Length > 0;

    /// <summary>Everything wrong with this entry, for the content check. Empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!IdPattern().IsMatch(Id)) problems.Add($"service id '{Id}' must be lower-case letters, digits and dashes");
        if (string.IsNullOrWhiteSpace(Organisation)) problems.Add($"{Id}: organisation is empty");
        if (Services.Count == 0) problems.Add($"{Id}: no services listed");
        if (string.IsNullOrWhiteSpace(Source)) problems.Add($"{Id}: source is empty");
        foreach (var p in Provinces.Where(p => p != AllProvinces && !IsProvinceCode(p)))
            problems.Add($"{Id}: '{p}' is not an ISO 3166-2:KH code (KH-1 … KH-25) or 'all'");
        // The safety rule of the directory: no contact detail without a source.
        if (HasContact && string.IsNullOrWhiteSpace(ContactSource))
            problems.Add($"{Id}: a phone or address is given without contact_source");
        if (Hours.Length > 0 && string.IsNullOrWhiteSpace(ContactSource))
            problems.Add($"{Id}: hours are given without contact_source");
        return problems;
    }

    public static bool IsProvinceCode(string? code) => code is not null && ProvinceCode().IsMatch(code);

    [GeneratedRegex("^KH-([1-9]|1[0-9]|2[0-5])$")]
    private static partial Regex ProvinceCode();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}
