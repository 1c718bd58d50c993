using Hotline.Content;
using Hotline.Domain.Conversations;
using Hotline.Domain.Dialogs;
using Hotline.Server.Options;
using Microsoft.Extensions.Options;

namespace Hotline.Server.Startup;

/// <summary>Builds the dialog engine from the content folder at start-up. Invalid content stops start-up with the
/// content check's list of errors (file, node, language), so a broken edit never reaches a person.</summary>
public static class ConversationEngineFactory
{
    public static IConversationEngine Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<HotlineOptions>>().Value;
        var directory = ContentPaths.Resolve(options.ContentPath);
        var snapshot = ContentLoader.Load(directory, DialogActions.All());
        services.GetRequiredService<ILoggerFactory>().CreateLogger("Hotline.Content")
            .LogInformation("Content loaded from {ContentPath}", directory);
        return new SnapshotConversationEngine(snapshot);
    }
}
