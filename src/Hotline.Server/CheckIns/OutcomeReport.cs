using System.Globalization;
using System.Text.Json.Serialization;
using Hotline.Domain.CheckIns;
using Hotline.Storage.CheckIns;

namespace Hotline.Server.CheckIns;

/// <summary>One table of outcome figures: every cell is already text, so a page or a spreadsheet shows it as it is.</summary>
public sealed record OutcomeTable(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("columns")] IReadOnlyList<string> Columns,
    [property: JsonPropertyName("rows")] IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>The outcome figures of one scope ("organisation" or "overall").</summary>
public sealed record OutcomeScope(
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("tables")] IReadOnlyList<OutcomeTable> Tables);

/// <summary>What GET /api/checkins/outcomes returns: the caller's organisation with exact counts, all organisations
/// together with counts of 1 to 4 shown as "&lt;5" (a small count next to a month or a component could point at one
/// person), and the notes a reader needs — the threshold and the approximate, dated rates behind the dollar figures.</summary>
public sealed record OutcomeReport(
    [property: JsonPropertyName("organisation")] OutcomeScope Organisation,
    [property: JsonPropertyName("overall")] OutcomeScope Overall,
    [property: JsonPropertyName("notes")] IReadOnlyList<string> Notes)
{
    public const string Small = "<5";

    public static OutcomeReport Build(CheckInOutcomeStore.Counts organisation, CheckInOutcomeStore.Counts overall, IncomeRules income)
    {
        var threshold = income.LowIncomeUsd.ToString("0.##", CultureInfo.InvariantCulture);
        return new OutcomeReport(Scope("organisation", organisation, threshold, suppress: false), Scope("overall", overall, threshold, suppress: true),
        [
            $"Income is last month's, as the person said it, turned into US dollars with approximate rates set by the organisation on {income.RatesSetOn:yyyy-MM-dd} ({string.Join(", ", income.UnitsPerUsd.Where(r => r.Key != "USD").Select(r => $"{r.Value.ToString("0.####", CultureInfo.InvariantCulture)} {r.Key}"))} to the dollar).",
            $"Below the threshold: under US${threshold} a month, the organisation's estimate of a month's food and rent.",
            "Months since reintegration count whole 30-day periods from the reintegration date to the round's due date.",
            $"In the overall view counts from 1 to 4 show as {Small}, and a share that would reveal such a count as -.",
        ]);
    }

    private static OutcomeScope Scope(string name, CheckInOutcomeStore.Counts counts, string threshold, bool suppress)
    {
        string N(long n) => suppress && n is > 0 and < 5 ? Small : n.ToString(CultureInfo.InvariantCulture);
        string Share(long part, long whole) =>
            whole == 0 ? "-"
            : suppress && (part is > 0 and < 5 || whole - part is > 0 and < 5 || whole < 5) ? "-"   // a share would give the hidden count back
            : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";
        return new OutcomeScope(name,
        [
            new OutcomeTable("reached_by_round", "Reached and not reached, by round",
                ["round", "sent", "reached", "not_reached", "reached_share"],
                counts.Rounds.Select(r => Row(r.Round.ToString(CultureInfo.InvariantCulture), N(r.Sent), N(r.Reached), N(r.NotReached), Share(r.Reached, r.Reached + r.NotReached))).ToList()),
            new OutcomeTable("by_months_since_reintegration", "How people are doing, working and earning, by months since reintegration",
                ["months", "reached", "good", "ok", "would_like_to_talk", "work_answers", "working_share", "income_answers",
                 "income_none", $"income_under_{threshold}_usd", $"income_{threshold}_to_100_usd", "income_100_to_200_usd", "income_200_usd_and_more", "below_threshold_share"],
                counts.Months.Select(m => Row(m.Months.ToString(CultureInfo.InvariantCulture), N(m.Reached), N(m.Good), N(m.Ok), N(m.Talk), N(m.WorkAnswers),
                    Share(m.Working, m.WorkAnswers), N(m.IncomeAnswers), N(m.IncomeNone), N(m.IncomeBelow), N(m.IncomeToHundred), N(m.IncomeToTwoHundred),
                    N(m.IncomeAbove), Share(m.IncomeNone + m.IncomeBelow, m.IncomeAnswers))).ToList()),
            new OutcomeTable("needs_by_component", "Needs raised, by reintegration component",
                ["component", "asked", "need_raised", "need_share"],
                ReintegrationComponents.All.Select(c => counts.Components.FirstOrDefault(x => x.Component == c) ?? new(c, 0, 0))
                    .Select(c => Row(c.Component, N(c.Asked), N(c.Need), Share(c.Need, c.Asked))).ToList()),
            new OutcomeTable("followup_tasks", "Follow-up tasks, by cause",
                ["kind", "opened", "open"],
                counts.Tasks.Select(t => Row(t.Kind, N(t.Opened), N(t.Open))).ToList()),
        ]);
    }

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    /// <summary>Every cell in long form — scope, table, row label, column, value — so one CSV holds every table
    /// (written like the statistics CSV: RFC 4180, formula guard).</summary>
    public string ToCsv() => Hotline.Server.Statistics.StatisticsCsv.Write(["scope", "table", "row", "column", "value"],
        from scope in new[] { Organisation, Overall }
        from table in scope.Tables
        from row in table.Rows
        from c in Enumerable.Range(1, table.Columns.Count - 1)
        select (IReadOnlyList<string>)[scope.Scope, table.Id, row[0], table.Columns[c], row[c]]);
}
