namespace Hotline.Twilio.Webhooks;

/// <summary>The channel a provider address belongs to, read from its prefix (<c>whatsapp:+855…</c>).</summary>
public enum AddressChannel
{
    /// <summary>A plain phone number or short code, no prefix.</summary>
    Sms,

    /// <summary><c>whatsapp:</c> prefix.</summary>
    WhatsApp,

    /// <summary>Another channel prefix (e.g. <c>messenger:</c>, <c>rcs:</c>); kept so nothing is silently treated as SMS.</summary>
    Other,
}
