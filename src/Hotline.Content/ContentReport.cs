using System.Text;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Language;
using Hotline.Domain.Sms;

namespace Hotline.Content;

/// <summary>What one text costs as SMS in one language form, against its budget.</summary>
/// <param name="UsedBy">Where it is sent from: <c>flow/node.field</c> or <c>settings.name</c>.</param>
public sealed record TextCost(string TextKey, string UsedBy, string File, LanguageForm Language, SmsEncoding Encoding, int Units, int Segments, int Budget)
{
    public bool OverBudget => Segments > Budget;
}

/// <summary>The result of <see cref="ContentChecker.Check"/>: every issue, the SMS cost of every text, and the snapshot when there are no errors.</summary>
public sealed class ContentReport(IReadOnlyList<ContentIssue> issues, IReadOnlyList<TextCost> costs, ContentSnapshot? snapshot, string version)
{
    public IReadOnlyList<ContentIssue> Issues { get; } = issues;
    public IReadOnlyList<TextCost> Costs { get; } = costs;

    /// <summary>The loaded content, or null when there are errors.</summary>
    public ContentSnapshot? Snapshot { get; } = snapshot;

    public string Version { get; } = version;

    public IReadOnlyList<ContentIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
    public IReadOnlyList<ContentIssue> Warnings => Issues.Where(i => i.Severity == IssueSeverity.Warning).ToList();
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);

    /// <summary>The report as plain text: the cost table, then errors and warnings, then the verdict.</summary>
    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Content check (version {Version}): {Snapshot?.Flows.Count.ToString() ?? "?"} flows, {Costs.Select(c => c.TextKey).Distinct().Count()} texts");
        var keyWidth = Math.Max(4, Costs.Count == 0 ? 4 : Costs.Max(c => c.TextKey.Length));
        var useWidth = Math.Max(7, Costs.Count == 0 ? 7 : Costs.Max(c => c.UsedBy.Length));
        sb.AppendLine($"{"TEXT".PadRight(keyWidth)}  {"USED BY".PadRight(useWidth)}  FORM     ENCODING  UNITS  SEGMENTS  BUDGET");
        foreach (var c in Costs)
        {
            sb.Append(c.TextKey.PadRight(keyWidth)).Append("  ").Append(c.UsedBy.PadRight(useWidth)).Append("  ")
                .Append(c.Language.Code().PadRight(7)).Append("  ")
                .Append((c.Encoding == SmsEncoding.Gsm7 ? "GSM-7" : "UCS-2").PadRight(8)).Append("  ")
                .Append(c.Units.ToString().PadLeft(5)).Append("  ")
                .Append(c.Segments.ToString().PadLeft(8)).Append("  ")
                .Append(c.Budget.ToString().PadLeft(6))
                .AppendLine(c.OverBudget ? "  OVER" : "");
        }
        foreach (var form in LanguageForms.All)
        {
            var rows = Costs.Where(c => c.Language == form).ToList();
            if (rows.Count > 0)
                sb.AppendLine($"{form.Code()}: {rows.Count} texts, {rows.Sum(r => r.Segments)} segments in all, largest {rows.Max(r => r.Segments)}");
        }
        Section("ERRORS", Errors);
        Section("WARNINGS", Warnings);
        sb.AppendLine(HasErrors ? $"FAILED: {Errors.Count} error(s), {Warnings.Count} warning(s)" : $"OK: 0 errors, {Warnings.Count} warning(s)");
        return sb.ToString();

        void Section(string title, IReadOnlyList<ContentIssue> list)
        {
            if (list.Count == 0) return;
            sb.AppendLine($"{title} ({list.Count})");
            foreach (var issue in list) sb.Append("  ").AppendLine(issue.ToString());
        }
    }
}
