namespace Hotline.Domain.Agencies;

/// <summary>
/// One row of an agency register: a recruitment agency as the published list names it.
/// <see cref="LicenceNumber"/> is the agency's id in the hotline (reports and statistics refer to it).
/// </summary>
public sealed record Agency(
    string LicenceNumber,
    string NameKm,
    string NameEn,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Destinations,
    AgencyStatus Status,
    string Source,
    DateOnly Published,
    bool Sample)
{
    /// <summary>The name to show: English when present (readable on every phone), Khmer otherwise.</summary>
    public string DisplayName => NameEn.Length > 0 ? NameEn : NameKm;
}
