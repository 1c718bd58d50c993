using System.Globalization;
using Hotline.Domain.Destinations;
using Hotline.Domain.Dialogs.Actions;

namespace Hotline.Domain.SafeMigration;

/// <summary>
/// <c>destination_info</c>: hands out what <c>content/destinations</c> says about a destination one SMS-sized
/// chunk at a time. Arguments: <c>destination</c> (TH, MY, KR, JP, OTHER, any other country code, or a key),
/// <c>topic</c> (<c>legal</c>: documents, legal route and costs; <c>rights</c>: rights at work and what to do
/// if things go wrong; or one topic key), <c>page</c> (0 or empty for the first chunk), <c>reply_as</c>.
/// Saves <c>info_page</c>, the page to ask for next. Outcome <c>more</c> while chunks are left, then
/// <c>last</c>; <c>unknown</c> when the destination or topic has nothing.
/// </summary>
public sealed class DestinationInfoAction(IReadOnlyList<DestinationInfo> destinations) : IDialogAction
{
    public const string ActionName = "destination_info";
    public const string PageValue = "info_page";

    private static readonly Dictionary<string, string[]> Topics = new(StringComparer.Ordinal)
    {
        ["legal"] = [TopicKeys.Documents, TopicKeys.LegalRoute, TopicKeys.Costs],
        ["rights"] = [TopicKeys.Rights, TopicKeys.IfThingsGoWrong],
    };

    public string Name => ActionName;

    public IReadOnlyList<DestinationInfo> All { get; } = destinations;

    /// <summary>The chunks a topic argument stands for, in order.</summary>
    public static IReadOnlyList<string> TopicsFor(string topic) =>
        Topics.TryGetValue(topic, out var keys) ? keys : TopicKeys.All.Contains(topic) ? [topic] : [];

    public IReadOnlyList<(string Topic, int Index)> Pages(DestinationInfo destination, string topic) =>
        TopicsFor(topic)
            .SelectMany(key => Enumerable.Range(0, destination.Topic(key)?.Chunks.Count ?? 0).Select(i => (key, i)))
            .ToList();

    public DestinationInfo? Find(string? value)
    {
        var key = Destinations.Key(value);
        return key is null ? null : All.FirstOrDefault(d => d.Key == key) ?? All.FirstOrDefault(d => d.Key == Destinations.Other);
    }

    public ActionResult Run(ActionRequest request)
    {
        var destination = Find(request.Args.GetValueOrDefault("destination"));
        var pages = destination is null ? [] : Pages(destination, request.Args.GetValueOrDefault("topic") ?? "");
        if (destination is null || pages.Count == 0) return new ActionResult { Outcome = "unknown" };

        var index = int.TryParse(request.Args.GetValueOrDefault("page"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0;
        index = Math.Clamp(index, 0, pages.Count - 1);
        var (topic, chunk) = pages[index];
        var page = destination.Page(topic, request.Language, chunk)!;
        var more = index + 1 < pages.Count;
        return ActionTexts.Answer(request, page.Text, more ? "more" : "last", new Dictionary<string, string>
        {
            [PageValue] = (index + 1).ToString(CultureInfo.InvariantCulture),
        });
    }
}
