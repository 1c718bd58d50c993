namespace Hotline.Domain.Cases;

/// <summary>
/// Chooses the organisation that receives a case. Help requests go where the need is covered, preferring
/// an organisation that names the person's province over one that covers "all", then the order of the
/// list (the coalition's agreed order), so routing is predictable and explainable to partners.
/// Urgent cases go where someone is on call right now: a person in danger needs the organisation that
/// can answer in minutes, so being on call outranks need and place, which only break ties.
/// </summary>
public static class CaseRouter
{
    /// <summary>The organisation for a help request, or null when nobody covers the need (the host sends it to intake).</summary>
    public static long? Route(string need, string? province, IReadOnlyList<OrganisationCoverage> organisations)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var covering = organisations.Where(o => o.CoversNeed(need)).ToList();
        return (covering.FirstOrDefault(o => o.NamesProvince(province))
                ?? covering.FirstOrDefault(o => o.CoversProvince(province))
                ?? (string.IsNullOrWhiteSpace(province) || !IsCambodianProvince(province) ? covering.FirstOrDefault() : null))
            ?.OrganisationId;
    }

    /// <summary>
    /// The organisation for an urgent case: one that accepts urgent cases and has someone on call
    /// (<paramref name="hasSomeoneOnCall"/>, usually <see cref="OnCallRota.HasSomeoneOnCall"/> at the
    /// current instant). Null only when no such organisation exists — the host must raise an alarm.
    /// </summary>
    public static long? RouteUrgent(string? need, string? province, IReadOnlyList<OrganisationCoverage> organisations, Func<long, bool> hasSomeoneOnCall)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(hasSomeoneOnCall);
        var answering = organisations.Where(o => o.AcceptsUrgent && hasSomeoneOnCall(o.OrganisationId)).ToList();
        return (answering.FirstOrDefault(o => o.CoversNeed(need) && o.NamesProvince(province))
                ?? answering.FirstOrDefault(o => o.NamesProvince(province))
                ?? answering.FirstOrDefault(o => o.CoversNeed(need) && o.CoversProvince(province))
                ?? answering.FirstOrDefault(o => o.CoversProvince(province))
                ?? answering.FirstOrDefault())
            ?.OrganisationId;
    }

    /// <summary>
    /// A person abroad ("TH") or of unknown place can be helped by any organisation covering the need;
    /// a person in a Cambodian province is routed only to one that works there.
    /// </summary>
    private static bool IsCambodianProvince(string province) => province.Trim().StartsWith("KH-", StringComparison.OrdinalIgnoreCase);
}
