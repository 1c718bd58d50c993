using System.Globalization;

namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Chooses the next node from a saved value. Cases are tried in order; the first that holds wins; with none,
/// <c>default</c>, or the node written next.
/// <code>
/// - id: by_age
///   type: branch
///   on: age
///   cases:
///     - below: 18              # number comparisons: below, at_least
///       next: minor
///     - equals: TH             # text: equals, in: [TH, MY]
///       next: thailand
///     - missing: true          # the value was never saved
///       next: ask_age
///   default: adult             # optional
/// </code>
/// </summary>
public sealed record Branch : Node
{
    public const string Type = "branch";

    public required string On { get; init; }
    public required IReadOnlyList<BranchCase> Cases { get; init; }

    public static Node Build(NodeSpec spec, NodeBuildContext ctx)
    {
        var on = spec.String("on");
        if (on is null) ctx.Error("a branch needs 'on': the name of a saved value");
        var cases = new List<BranchCase>();
        foreach (var item in spec.List("cases") ?? [])
        {
            if (item is not IReadOnlyDictionary<string, object?> c || c.GetValueOrDefault("next") is not string next)
            {
                ctx.Error("each case needs a 'next'");
                continue;
            }
            var tests = c.Keys.Where(k => k != "next").ToList();
            if (tests.Count != 1)
            {
                ctx.Error("each case needs exactly one test: equals, in, below, at_least or missing");
                continue;
            }
            var test = tests[0];
            var operand = c[test];
            switch (test)
            {
                case "equals" when operand is string s:
                    cases.Add(new BranchCase(BranchTest.Equals, [s], 0, next));
                    break;
                case "in" when operand is IReadOnlyList<object?> list:
                    cases.Add(new BranchCase(BranchTest.In, list.Select(o => o?.ToString() ?? "").ToList(), 0, next));
                    break;
                case "below" or "at_least" when operand is string n && decimal.TryParse(n, NumberStyles.Number, CultureInfo.InvariantCulture, out var d):
                    cases.Add(new BranchCase(test == "below" ? BranchTest.Below : BranchTest.AtLeast, [], d, next));
                    break;
                case "missing":
                    cases.Add(new BranchCase(BranchTest.Missing, [], 0, next));
                    break;
                default:
                    ctx.Error($"case test '{test}' is unknown or has the wrong kind of value");
                    break;
            }
        }
        if (cases.Count == 0) ctx.Error("a branch needs at least one case");
        return new Branch { Id = ctx.NodeId!, On = on ?? "", Cases = cases, Next = spec.String("default") };
    }

    public override NodeResult Enter(DialogRun run)
    {
        var value = run.Value(On);
        foreach (var c in Cases)
        {
            if (c.Holds(value)) return NodeResult.ContinueWith(c.Next);
        }
        return NodeResult.ContinueWith(Next);
    }

    public override IEnumerable<string> NextNodes() => Cases.Select(c => c.Next).Concat(Next is null ? [] : [Next]).Distinct();
}

public enum BranchTest
{
    Equals,
    In,
    Below,
    AtLeast,
    Missing,
}

/// <summary>One case of a <see cref="Branch"/>.</summary>
public sealed record BranchCase(BranchTest Test, IReadOnlyList<string> Values, decimal Number, string Next)
{
    public bool Holds(string? value) => Test switch
    {
        BranchTest.Missing => string.IsNullOrEmpty(value),
        BranchTest.Equals or BranchTest.In => value is not null && Values.Contains(value, StringComparer.OrdinalIgnoreCase),
        BranchTest.Below => ParseNumber(value) is { } n && n < Number,
        BranchTest.AtLeast => ParseNumber(value) is { } n && n >= Number,
        _ => false,
    };

    private static decimal? ParseNumber(string? value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
}
