using CsvHelper;
using Hotline.Storage.Statistics;

namespace Hotline.Server.Statistics;

/// <summary>
/// A statistics table as a CSV file (RFC 4180: CRLF, fields quoted when they need it, quotes doubled). A text cell
/// that starts with = + - @ (or tab, CR) gets a leading apostrophe, so a spreadsheet shows it as text instead of
/// running it as a formula: labels come from what people typed in a dialog (a destination, a sector).
/// </summary>
public static class StatisticsCsv
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape };

    public static string Write(StatisticsTable table)
    {
        using var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            foreach (var column in table.Columns) csv.WriteField(column);
            csv.EndRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row) csv.WriteField(cell.Text);
                csv.EndRecord();
            }
        }
        return text.ToString();
    }

    /// <summary>Any rows of text cells under a header, with the same quoting and formula guard.</summary>
    public static string Write(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            foreach (var column in columns) csv.WriteField(column);
            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row) csv.WriteField(cell);
                csv.EndRecord();
            }
        }
        return text.ToString();
    }

    /// <summary>Every table of a report in one file, one figure a line: table, scope, row, column, value.</summary>
    public static string WriteAll(StatisticsReport report)
    {
        using var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            foreach (var column in new[] { "table", "scope", "row", "column", "value" }) csv.WriteField(column);
            csv.EndRecord();
            foreach (var table in report.Tables)
            foreach (var row in table.Rows)
            for (var i = 1; i < row.Count; i++)
            {
                csv.WriteField(table.Name);
                csv.WriteField(ScopeName(table.Scope));
                csv.WriteField(row[0].Text);
                csv.WriteField(table.Columns[i]);
                csv.WriteField(row[i].Text);
                csv.EndRecord();
            }
        }
        return text.ToString();
    }

    public static string ScopeName(StatisticsScope scope) => scope == StatisticsScope.Organisation ? "organisation" : "all_organisations";

    /// <summary>The file download: an attachment that no cache keeps.</summary>
    public static IResult Download(HttpContext context, string fileName, string csv)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return Results.Text(csv, "text/csv; charset=utf-8");
    }
}
