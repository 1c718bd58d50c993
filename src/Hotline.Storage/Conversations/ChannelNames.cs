using Hotline.Domain.Conversations;

namespace Hotline.Storage.Conversations;

public static class ChannelNames
{
    public static string ToDb(Channel channel) => channel switch
    {
        Channel.Sms => "sms",
        Channel.WhatsApp => "whatsapp",
        Channel.Simulator => "simulator",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    public static Channel FromDb(string value) => value switch
    {
        "sms" => Channel.Sms,
        "whatsapp" => Channel.WhatsApp,
        "simulator" => Channel.Simulator,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "unknown channel"),
    };

    /// <summary>The string hashed to find a contact: the same number on two channels is two contacts.</summary>
    public static string LookupKey(Channel channel, string address) => ToDb(channel) + ":" + address;
}
