namespace Hotline.Domain.Cases;

/// <summary>
/// A staff member of one organisation who can be paged and handed cases. <see cref="Provinces"/> holds
/// ISO 3166-2:KH codes ("KH-12") or <see cref="All"/>; <see cref="Services"/> holds need words
/// ("wage_claim") or <see cref="All"/>. The phone number is deliberately not part of this record: the
/// rules here decide <em>who</em>, and only the host, which sends through the outbox, needs to know how
/// to reach them.
/// </summary>
public sealed record Responder(
    long Id,
    long OrganisationId,
    string Name,
    ResponderRole Role,
    bool OnDuty,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Provinces,
    IReadOnlyList<string> Services)
{
    /// <summary>The word that stands for every province or every service.</summary>
    public const string All = "all";

    /// <summary>True when the responder works on <paramref name="need"/>; an unknown need is covered by everyone.</summary>
    public bool CoversNeed(string? need) => Covers(Services, need);

    /// <summary>True when the responder works in <paramref name="province"/>; an unknown place is covered by everyone.</summary>
    public bool CoversProvince(string? province) => Covers(Provinces, province);

    internal static bool Covers(IReadOnlyList<string> list, string? value) =>
        string.IsNullOrWhiteSpace(value)
        || list.Any(item => string.Equals(item, All, StringComparison.OrdinalIgnoreCase)
                            || string.Equals(item, value.Trim(), StringComparison.OrdinalIgnoreCase));
}
