namespace Hotline.Domain.Cases;

/// <summary>
/// Hands a non-urgent case to the next responder in turn. Only people on duty are picked, and admins
/// never. Among them the best-fitting group wins — covers both the need and the province, then the
/// need, then the province, then anyone — because a case handed to someone who cannot act on it gets
/// passed on and waits longer. Inside that group the turn goes to the next id after the last person
/// assigned, wrapping round, so the same list always gives the same answer and everybody gets a turn.
/// </summary>
public static class RoundRobin
{
    /// <summary>The responder who takes the next case, or null when nobody suitable is on duty.</summary>
    public static Responder? Pick(IReadOnlyList<Responder> candidates, long? lastAssignedId, string? need, string? province)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var available = candidates.Where(r => r.OnDuty && r.Role != ResponderRole.Admin).ToList();
        var group = Fits(available, need, province).FirstOrDefault(g => g.Count > 0);
        if (group is null) return null;

        var ordered = group.OrderBy(r => r.Id).ToList();
        return lastAssignedId is { } last
            ? ordered.FirstOrDefault(r => r.Id > last) ?? ordered[0]
            : ordered[0];
    }

    private static IEnumerable<List<Responder>> Fits(List<Responder> available, string? need, string? province)
    {
        yield return available.Where(r => r.CoversNeed(need) && r.CoversProvince(province)).ToList();
        yield return available.Where(r => r.CoversNeed(need)).ToList();
        yield return available.Where(r => r.CoversProvince(province)).ToList();
        yield return available;
    }
}
