namespace Hotline.Twilio.Webhooks;

/// <summary>
/// A sender or recipient as the provider writes it. <see cref="Raw"/> is what must be sent back
/// (a WhatsApp reply goes to <c>whatsapp:+855…</c>, not to the bare number); <see cref="Address"/>
/// is the number without the channel prefix, for matching contacts.
/// </summary>
public sealed record ProviderAddress(string Raw, AddressChannel Channel, string Prefix, string Address)
{
    private const string WhatsAppPrefix = "whatsapp";

    /// <summary>Reads the channel from the prefix before the first colon; a phone number never contains one.</summary>
    public static ProviderAddress Parse(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var colon = raw.IndexOf(':');
        if (colon <= 0)
        {
            return new ProviderAddress(raw, AddressChannel.Sms, "", raw);
        }

        var prefix = raw[..colon];
        var channel = string.Equals(prefix, WhatsAppPrefix, StringComparison.OrdinalIgnoreCase) ? AddressChannel.WhatsApp : AddressChannel.Other;
        return new ProviderAddress(raw, channel, prefix, raw[(colon + 1)..]);
    }

    public override string ToString() => Raw;
}
