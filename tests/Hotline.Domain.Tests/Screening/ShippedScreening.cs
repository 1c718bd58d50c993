using System.Text.RegularExpressions;
using Hotline.Domain.Language;
using Hotline.Domain.Screening;
using Hotline.Domain.Tests.Agencies;

namespace Hotline.Domain.Tests.Screening;

/// <summary>
/// The scoring parts of content/screening/indicators.yaml (ids, weights, thresholds, sectors, rules),
/// read line by line so these tests check the weights that ship. The Domain has no YAML reader;
/// the content loader reads the full file, texts included, and validates it with the same model.
/// </summary>
internal static partial class ShippedScreening
{
    private static readonly Lazy<ScreeningModel> Loaded = new(Load);

    public static ScreeningModel Model => Loaded.Value;

    private static ScreeningModel Load()
    {
        var lines = File.ReadAllLines(RepositoryFile.Find("content", "screening", "indicators.yaml"));
        var section = "";
        int caution = 0, high = 0;
        var sectors = new List<Sector>();
        var indicators = new List<Indicator>();
        var steps = new List<NextStep>();
        var rules = new List<NextStepRule>();
        string? id = null;
        int weight = 0;
        bool alwaysHigh = false;
        string? sectorKey = null;

        void FlushIndicator()
        {
            if (id is not null) indicators.Add(new Indicator(id, weight, alwaysHigh, "", Texts(id), "test"));
            id = null;
        }

        foreach (var line in lines)
        {
            if (Regex.Match(line, @"^([a-z_]+):") is { Success: true } top)
            {
                FlushIndicator();
                section = top.Groups[1].Value;
                continue;
            }
            switch (section)
            {
                case "thresholds" when Field(line, "caution") is { } c: caution = int.Parse(c); break;
                case "thresholds" when Field(line, "high") is { } h: high = int.Parse(h); break;
                case "sectors" when ListItem(line, "key") is { } k: sectorKey = k; break;
                case "sectors" when Field(line, "high_risk") is { } hr:
                    sectors.Add(new Sector(sectorKey!, Texts(sectorKey!), hr == "true"));
                    break;
                case "indicators" when ListItem(line, "id") is { } i:
                    FlushIndicator();
                    id = i;
                    break;
                case "indicators" when Field(line, "weight") is { } w: weight = int.Parse(w); break;
                case "indicators" when Field(line, "always_high") is { } a: alwaysHigh = a == "true"; break;
                case "next_steps" when ListItem(line, "key") is { } s: steps.Add(new NextStep(s, Texts(s))); break;
                case "next_step_rules" when RuleLine().Match(line) is { Success: true } r:
                    var props = r.Groups[1].Value.Split(',').Select(p => p.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
                    rules.Add(new NextStepRule(
                        props["step"],
                        props.TryGetValue("level", out var lvl) ? Enum.Parse<RiskLevel>(lvl, ignoreCase: true) : null,
                        props.GetValueOrDefault("indicator")));
                    break;
            }
        }
        FlushIndicator();
        return new ScreeningModel(indicators, caution, high, sectors, steps, rules);
    }

    private static string? Field(string line, string name) =>
        Regex.Match(line, $@"^\s+{name}:\s*(\S+)\s*$") is { Success: true } m ? m.Groups[1].Value : null;

    private static string? ListItem(string line, string name) =>
        Regex.Match(line, $@"^\s+- {name}:\s*(\S+)\s*$") is { Success: true } m ? m.Groups[1].Value : null;

    private static Dictionary<LanguageForm, string> Texts(string key) =>
        LanguageForms.All.ToDictionary(f => f, f => $"{key} ({f.Code()})");

    [GeneratedRegex(@"^\s+- \{(.*)\}\s*$")]
    private static partial Regex RuleLine();
}
