namespace Hotline.Twilio.Webhooks;

/// <summary>The status of an outbound message (<c>message_enum_status</c>, outbound values).</summary>
public enum MessageStatus
{
    Accepted,
    Scheduled,
    Queued,
    Sending,
    Sent,
    Delivered,
    Undelivered,
    Failed,
    Read,
    Canceled,

    /// <summary>Deprecated by Twilio; still parsed so an old callback is not refused.</summary>
    PartiallyDelivered,
}
