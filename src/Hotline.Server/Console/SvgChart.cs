namespace Hotline.Server.StaffConsole;

/// <summary>One bar: its label, the length it is drawn at (null: no bar, e.g. a suppressed count) and the text shown.</summary>
public sealed record ChartBar(string Label, double? Value, string Text);

/// <summary>
/// A horizontal bar chart drawn on the server as inline SVG: no script, no inline style (the console's CSP allows
/// neither; the colours are classes in console.css). Each bar has its label above it and its value as text beside
/// it, so the figure can be read without judging lengths, and a screen reader gets the title and a description that
/// lists every value. The drawing is 320 units wide and scales to the page, so it fits a 360-px phone.
/// </summary>
public static class SvgChart
{
    private const int Width = 320;
    private const int RowHeight = 38;
    private const int LongestBar = 250; // leaves room for the value text after the longest bar
    private const int LongestLabel = 48;

    public static Html Bars(string id, string title, IReadOnlyList<ChartBar> bars)
    {
        if (bars.Count == 0) return Html.Empty;
        var max = bars.Max(b => b.Value ?? 0);
        if (max <= 0) max = 1;
        var rows = bars.Select((bar, i) =>
        {
            var y = i * RowHeight;
            var length = bar.Value is { } v && v > 0 ? Math.Max(1, Math.Round(v / max * LongestBar, 1)) : 0;
            return Html.Of($"""
                <text class="label" x="0" y="{y + 13}">{Shorten(bar.Label)}</text>
                <rect class="bar" x="0" y="{y + 18}" width="{length}" height="14" rx="2"></rect>
                <text class="value" x="{length + 4}" y="{y + 30}">{bar.Text}</text>
                """);
        });
        var description = string.Join("; ", bars.Select(b => $"{b.Label}: {b.Text}"));
        var height = bars.Count * RowHeight + 2;
        return Html.Of($"""
            <svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {height}" width="100%" role="img" aria-labelledby="{id}-title {id}-desc">
            <title id="{id}-title">{title}</title>
            <desc id="{id}-desc">{description}</desc>
            {Html.Join(rows)}
            </svg>
            """);
    }

    private static string Shorten(string label) =>
        label.Length <= LongestLabel ? label : label[..(LongestLabel - 1)] + "…";
}
