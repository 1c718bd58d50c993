using Hotline.Domain.Language;

namespace Hotline.Domain.Screening;

/// <summary>
/// The screening as content defines it: weighted indicators, the thresholds between levels, the
/// sectors (some high risk), and the next-step rules. <see cref="Screen"/> is pure: the same
/// answers always give the same result.
/// </summary>
public sealed class ScreeningModel
{
    public const int MaxReasons = 3;

    private readonly Dictionary<string, Indicator> _byId;
    private readonly Dictionary<string, int> _order;

    public ScreeningModel(
        IReadOnlyList<Indicator> indicators,
        int cautionAt,
        int highAt,
        IReadOnlyList<Sector> sectors,
        IReadOnlyList<NextStep> nextSteps,
        IReadOnlyList<NextStepRule> nextStepRules)
    {
        Indicators = indicators;
        CautionAt = cautionAt;
        HighAt = highAt;
        Sectors = sectors;
        HighRiskSectors = new HashSet<string>(sectors.Where(s => s.HighRisk).Select(s => s.Key), StringComparer.Ordinal);
        NextSteps = nextSteps;
        NextStepRules = nextStepRules;
        _byId = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        _order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < indicators.Count; i++)
        {
            _byId.TryAdd(indicators[i].Id, indicators[i]);
            _order.TryAdd(indicators[i].Id, i);
        }
    }

    public IReadOnlyList<Indicator> Indicators { get; }
    public int CautionAt { get; }
    public int HighAt { get; }
    public IReadOnlyList<Sector> Sectors { get; }
    public IReadOnlySet<string> HighRiskSectors { get; }
    public IReadOnlyList<NextStep> NextSteps { get; }
    public IReadOnlyList<NextStepRule> NextStepRules { get; }

    public Indicator? FindIndicator(string id) => _byId.GetValueOrDefault(id);

    public NextStep? Step(string key) => NextSteps.FirstOrDefault(s => s.Key == key);

    public ScreeningResult Screen(ScreeningAnswers answers)
    {
        var found = IndicatorIds.Detect(answers, HighRiskSectors)
            .Where(_byId.ContainsKey)
            .Select(id => _byId[id])
            .OrderByDescending(i => i.AlwaysHigh)
            .ThenByDescending(i => i.Weight)
            .ThenBy(i => _order[i.Id])
            .ToList();

        var score = found.Sum(i => i.Weight);
        var level = found.Any(i => i.AlwaysHigh) || score >= HighAt ? RiskLevel.High
            : score >= CautionAt ? RiskLevel.Caution
            : RiskLevel.Low;
        var ids = found.Select(i => i.Id).ToList();
        var idSet = new HashSet<string>(ids, StringComparer.Ordinal);
        var step = NextStepRules.FirstOrDefault(r => r.Fits(level, idSet))?.Step ?? string.Empty;
        return new ScreeningResult(level, score, ids.Take(MaxReasons).ToList(), step, ids);
    }

    /// <summary>Everything wrong with this model, worded for the person editing the content file. Empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (CautionAt <= 0 || HighAt <= CautionAt)
            problems.Add($"thresholds must satisfy 0 < caution ({CautionAt}) < high ({HighAt})");
        if (Indicators.Count == 0) problems.Add("no indicators");
        if (Indicators.All(i => i.Id != IndicatorIds.Under18 || !i.AlwaysHigh))
            problems.Add($"{IndicatorIds.Under18} must be present and always_high: recruiting a child is illegal");

        foreach (var group in Indicators.GroupBy(i => i.Id).Where(g => g.Count() > 1))
            problems.Add($"indicator {group.Key} is defined {group.Count()} times");
        foreach (var i in Indicators)
        {
            if (!IndicatorIds.All.Contains(i.Id)) problems.Add($"indicator {i.Id} is not one the screening can detect");
            if (i.Weight is < 1 or > 10) problems.Add($"indicator {i.Id}: weight {i.Weight} is outside 1–10");
            if (string.IsNullOrWhiteSpace(i.Source)) problems.Add($"indicator {i.Id}: source is empty");
            foreach (var form in LanguageForms.All.Where(f => string.IsNullOrWhiteSpace(i.Reason.GetValueOrDefault(f))))
                problems.Add($"indicator {i.Id}: reason is missing in {form.Code()}");
        }

        foreach (var group in Sectors.GroupBy(s => s.Key).Where(g => g.Count() > 1))
            problems.Add($"sector {group.Key} is defined {group.Count()} times");
        foreach (var s in Sectors)
        foreach (var form in LanguageForms.All.Where(f => string.IsNullOrWhiteSpace(s.Label.GetValueOrDefault(f))))
            problems.Add($"sector {s.Key}: label is missing in {form.Code()}");

        foreach (var s in NextSteps)
        foreach (var form in LanguageForms.All.Where(f => string.IsNullOrWhiteSpace(s.Text.GetValueOrDefault(f))))
            problems.Add($"next step {s.Key}: text is missing in {form.Code()}");
        foreach (var r in NextStepRules)
        {
            if (Step(r.Step) is null) problems.Add($"next-step rule names unknown step {r.Step}");
            if (r.Indicator is not null && !_byId.ContainsKey(r.Indicator))
                problems.Add($"next-step rule for {r.Step} names unknown indicator {r.Indicator}");
        }
        if (NextStepRules.Count == 0 || NextStepRules[^1] is not { Level: null, Indicator: null })
            problems.Add("the last next-step rule must have no condition, so every result gets a step");
        return problems;
    }
}
