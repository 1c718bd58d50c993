namespace Hotline.Storage.Statistics;

/// <summary>The periods the statistics can cover, ending now: the last 30 days, 90 days or 12 months.</summary>
public sealed record StatisticsPeriod(string Code, Func<DateTimeOffset, DateTimeOffset> Start)
{
    public static readonly StatisticsPeriod Days30 = new("30d", now => now.AddDays(-30));
    public static readonly StatisticsPeriod Days90 = new("90d", now => now.AddDays(-90));
    public static readonly StatisticsPeriod Months12 = new("12m", now => now.AddMonths(-12));

    public static readonly IReadOnlyList<StatisticsPeriod> All = [Days30, Days90, Months12];

    /// <summary>The period with this code; null for anything else.</summary>
    public static StatisticsPeriod? Parse(string? code) => All.FirstOrDefault(p => p.Code == code);
}

/// <summary>Whose rows a table counts: the signed-in organisation's own, or every organisation's (and the
/// hotline's anonymous records, which belong to no organisation).</summary>
public enum StatisticsScope { Organisation, AllOrganisations }

/// <summary>One cell: the text people read and export, and the number a chart draws (null for a label, a suppressed
/// count or a median of nothing).</summary>
public sealed record StatisticsCell(string Text, double? Number)
{
    public static StatisticsCell Label(string text) => new(text, null);
}

/// <summary>
/// A table of figures: the first column names the row (a level, a need, a round), the others are counts or medians.
/// <see cref="ChartColumn"/> is the column its bar chart draws. Tables carry no personal data and no case-level
/// rows, so they can be shown, exported as CSV and served by the API as they are.
/// </summary>
public sealed record StatisticsTable(string Name, StatisticsScope Scope, IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<StatisticsCell>> Rows, int ChartColumn = 1);

/// <summary>Every statistics table for one organisation and period.</summary>
public sealed record StatisticsReport(string Period, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<StatisticsTable> Tables)
{
    public StatisticsTable? Table(string name) => Tables.FirstOrDefault(t => t.Name == name);
}
