using Hotline.Content;
using Hotline.Server.Options;
using Hotline.Server.Startup;
using Microsoft.Extensions.Options;

namespace Hotline.Server.CheckIns;

/// <summary>content/checkins/plans.yaml, loaded and checked once at start-up (a text that breaks the deny-list stops
/// start-up rather than reaching a client's phone).</summary>
public sealed class CheckInSettings
{
    public CheckInSettings(IOptions<HotlineOptions> options)
    {
        var directory = ContentPaths.Resolve(options.Value.ContentPath);
        var issues = new List<Hotline.Domain.Dialogs.ContentIssue>();
        Content = CheckInContent.Read(directory, issues)
            ?? throw new InvalidOperationException($"{CheckInContent.File} is missing in {directory}.");
        if (issues.Count > 0) throw new ContentException(issues);
    }

    public CheckInContent Content { get; }
}
