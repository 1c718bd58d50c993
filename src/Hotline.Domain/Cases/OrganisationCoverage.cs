namespace Hotline.Domain.Cases;

/// <summary>
/// What an organisation takes on: need words ("wage_claim"), provinces (ISO 3166-2:KH codes, or "all"),
/// and whether it answers urgent cases at any hour. Empty lists mean "nothing", not "everything".
/// </summary>
public sealed record OrganisationCoverage(long OrganisationId, IReadOnlyList<string> Needs, IReadOnlyList<string> Provinces, bool AcceptsUrgent)
{
    public bool CoversNeed(string? need) => !string.IsNullOrWhiteSpace(need) && Responder.Covers(Needs, need);

    /// <summary>Named in the province list itself, not only through "all": a local office beats a national one.</summary>
    public bool NamesProvince(string? province) =>
        !string.IsNullOrWhiteSpace(province)
        && Provinces.Any(p => string.Equals(p, province.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Named, or covered through "all".</summary>
    public bool CoversProvince(string? province) =>
        NamesProvince(province) || Provinces.Any(p => string.Equals(p, Responder.All, StringComparison.OrdinalIgnoreCase));
}
