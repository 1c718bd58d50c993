namespace Hotline.Domain.Referrals;

/// <summary>
/// Finds services by province and need. Nearest and best-sourced first; and, because the documents
/// say there are no shelters for adult men and few services of any kind for them, every list given
/// to someone who may be a man includes a service open to adult men whenever the directory has one.
/// </summary>
public sealed class ServiceDirectory(IReadOnlyList<ReferralService> services)
{
    public const int DefaultMax = 3;

    public IReadOnlyList<ReferralService> Services { get; } = services;

    /// <param name="provinceCode">ISO 3166-2:KH code (KH-12); anything else is treated as no province.</param>
    /// <param name="need">What the person needs.</param>
    /// <param name="who">Who is asking, if they said; null is "not said" and may be a man.</param>
    /// <param name="max">How many options to give (SMS is short).</param>
    public IReadOnlyList<ReferralOption> Find(string? provinceCode, ServiceNeed need, Eligible? who = null, int max = DefaultMax)
    {
        if (max <= 0) return [];
        var province = ReferralService.IsProvinceCode(provinceCode) ? provinceCode : null;
        var offering = Services.Where(s => s.Services.Contains(need)).ToList();

        var ranked = offering
            .Where(s => who is null || s.Eligibility.Count == 0 || s.Eligibility.Contains(who.Value))
            .Select(s => (Service: s, Coverage: CoverageOf(s, province)))
            .Where(x => x.Coverage != Coverage.OtherProvince)
            .OrderBy(x => Rank(x.Service, x.Coverage, who))
            .ThenBy(x => x.Service.Id, StringComparer.Ordinal)
            .Select(x => new ReferralOption(x.Service, x.Coverage, AddedForMen: false))
            .Take(max)
            .ToList();

        if ((who is null or Eligible.Men) && !ranked.Any(o => o.Service.Eligibility.Contains(Eligible.Men)))
        {
            var forMen = offering
                .Where(s => s.Eligibility.Contains(Eligible.Men))
                .Select(s => (Service: s, Coverage: CoverageOf(s, province)))
                .OrderBy(x => Rank(x.Service, x.Coverage, Eligible.Men))
                .ThenBy(x => x.Service.Id, StringComparer.Ordinal)
                .Select(x => new ReferralOption(x.Service, x.Coverage, AddedForMen: true))
                .FirstOrDefault();
            if (forMen is not null)
            {
                if (ranked.Count == max) ranked.RemoveAt(ranked.Count - 1);
                ranked.Add(forMen);
            }
        }
        return ranked;
    }

    /// <summary>True when no service in the directory for this need says it is open to adult men: the reply must say so honestly.</summary>
    public bool NoOptionForMen(ServiceNeed need) =>
        !Services.Any(s => s.Services.Contains(need) && s.Eligibility.Contains(Eligible.Men));

    public IReadOnlyList<string> Validate()
    {
        var problems = Services.SelectMany(s => s.Validate()).ToList();
        foreach (var group in Services.GroupBy(s => s.Id).Where(g => g.Count() > 1))
            problems.Add($"service id {group.Key} is used {group.Count()} times");
        return problems;
    }

    private static Coverage CoverageOf(ReferralService s, string? province)
    {
        if (province is not null && s.Provinces.Contains(province)) return Coverage.InProvince;
        if (s.Provinces.Contains(ReferralService.AllProvinces)) return Coverage.Nationwide;
        // A partial list (what the documents happened to mention) says nothing about other provinces.
        if (s.Provinces.Count == 0 || !s.ProvincesComplete || province is null) return Coverage.NotStated;
        return Coverage.OtherProvince;
    }

    /// <summary>Lower is better: nearer, then explicitly open to this person, then reachable, then verified.</summary>
    private static int Rank(ReferralService s, Coverage coverage, Eligible? who) =>
        (int)coverage * 8
        + (who is not null && s.Eligibility.Contains(who.Value) ? 0 : 4)
        + (s.HasContact ? 0 : 2)
        + (s.Sample ? 1 : 0);
}
