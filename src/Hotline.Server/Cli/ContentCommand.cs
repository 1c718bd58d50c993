using System.Text;
using Hotline.Content;
using Hotline.Server.Startup;

namespace Hotline.Server.Cli;

/// <summary>`content check [DIR]`: validates the content folder and prints the SMS cost table. Exit 1 on errors.</summary>
public static class ContentCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "check")
        {
            CommandLine.PrintUsage();
            return Task.FromResult(2);
        }
        Console.OutputEncoding = Encoding.UTF8;
        var directory = ContentPaths.Resolve(args.Length > 1 ? args[1] : "content");
        var report = ContentChecker.Check(directory, DialogActions.All());
        Console.WriteLine(report.ToTable());
        var checkInIssues = new List<Hotline.Domain.Dialogs.ContentIssue>();
        CheckInContent.Read(directory, checkInIssues);
        foreach (var issue in checkInIssues) Console.WriteLine($"  error: {issue.File}: {issue.Message}");
        var errors = report.Errors.Count + checkInIssues.Count;
        Console.WriteLine(errors > 0
            ? $"Content check FAILED: {errors} error(s), {report.Warnings.Count} warning(s) in {directory}"
            : $"Content check passed: 0 errors, {report.Warnings.Count} warning(s) in {directory}");
        return Task.FromResult(errors > 0 ? 1 : 0);
    }
}
