using System.Text.Json;
using System.Text.Json.Serialization;
using Hotline.Domain.Conversations;

namespace Hotline.Storage.Conversations;

/// <summary>ConversationState ⇄ JSON. Unknown properties are ignored so an older node can read a newer state.</summary>
public static class StateSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(ConversationState state) => JsonSerializer.Serialize(state, Options);

    public static ConversationState Deserialize(string json) =>
        JsonSerializer.Deserialize<ConversationState>(json, Options) ?? ConversationState.New;
}
