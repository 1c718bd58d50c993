using Hotline.Domain.Dialogs;
using Hotline.Domain.Dialogs.Actions;

namespace Hotline.Content;

/// <summary>Loads <c>content/</c> into an immutable <see cref="ContentSnapshot"/> for the engine, after the full content check.</summary>
public static class ContentLoader
{
    /// <summary>
    /// Loads and checks the content. Pure actions (screening, agency lookup, …) are registered by name here.
    /// Throws <see cref="ContentException"/> listing every error when the check fails; warnings do not stop loading.
    /// </summary>
    public static ContentSnapshot Load(string contentDirectory, IEnumerable<IDialogAction>? actions = null, Hotline.Domain.Agencies.AgencyRegister? agencies = null)
    {
        var report = ContentChecker.Check(contentDirectory, actions, agencies);
        if (report.HasErrors || report.Snapshot is null) throw new ContentException(report.Errors);
        return report.Snapshot;
    }
}
