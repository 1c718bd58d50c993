using Hotline.Domain.Language;

namespace Hotline.Domain.Destinations;

/// <summary>One subject about a destination (documents, legal route, …), read chunk by chunk with "more".</summary>
public sealed record DestinationTopic(string Key, IReadOnlyDictionary<LanguageForm, string> Title, IReadOnlyList<Chunk> Chunks);

/// <summary>The topics every destination covers, in the order they are offered.</summary>
public static class TopicKeys
{
    public const string Documents = "documents";
    public const string LegalRoute = "legal_route";
    public const string Costs = "costs";
    public const string Rights = "rights";
    public const string IfThingsGoWrong = "if_things_go_wrong";

    public static readonly IReadOnlyList<string> All = [Documents, LegalRoute, Costs, Rights, IfThingsGoWrong];
}
