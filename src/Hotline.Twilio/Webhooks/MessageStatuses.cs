namespace Hotline.Twilio.Webhooks;

/// <summary>
/// Wire names and the forward-only order of <see cref="MessageStatus"/>. Status callbacks are
/// independent HTTP requests and arrive out of order, so a stored status may only move to a
/// higher rank: accepted/scheduled 0 &lt; queued 1 &lt; sending 2 &lt; sent 3 &lt;
/// delivered/undelivered/failed 4 &lt; read 5. Canceled ends a message that was never sent.
/// (The ranking is our design, not Twilio's.)
/// </summary>
public static class MessageStatuses
{
    private static readonly Dictionary<string, MessageStatus> ByWireName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["accepted"] = MessageStatus.Accepted,
        ["scheduled"] = MessageStatus.Scheduled,
        ["queued"] = MessageStatus.Queued,
        ["sending"] = MessageStatus.Sending,
        ["sent"] = MessageStatus.Sent,
        ["delivered"] = MessageStatus.Delivered,
        ["undelivered"] = MessageStatus.Undelivered,
        ["failed"] = MessageStatus.Failed,
        ["read"] = MessageStatus.Read,
        ["canceled"] = MessageStatus.Canceled,
        ["partially_delivered"] = MessageStatus.PartiallyDelivered,
    };

    /// <summary>Reads a wire name such as <c>delivered</c> (case-insensitive).</summary>
    public static bool TryParse(string? value, out MessageStatus status) =>
        ByWireName.TryGetValue(value ?? "", out status);

    /// <summary>The lower-case name Twilio uses, e.g. <c>partially_delivered</c>.</summary>
    public static string ToWireName(this MessageStatus status) => status switch
    {
        MessageStatus.PartiallyDelivered => "partially_delivered",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>The position in the forward-only order; canceled ranks with the final outcomes.</summary>
    public static int Rank(this MessageStatus status) => status switch
    {
        MessageStatus.Accepted or MessageStatus.Scheduled => 0,
        MessageStatus.Queued => 1,
        MessageStatus.Sending => 2,
        MessageStatus.Sent => 3,
        MessageStatus.Delivered or MessageStatus.Undelivered or MessageStatus.Failed or MessageStatus.PartiallyDelivered => 4,
        MessageStatus.Canceled => 4,
        MessageStatus.Read => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>
    /// True when a message stored as <paramref name="from"/> may be updated to <paramref name="to"/>.
    /// Equal ranks never replace each other, so the first final outcome to arrive is kept.
    /// Canceled is terminal and can only follow a message not yet handed to a sender.
    /// </summary>
    public static bool CanAdvance(MessageStatus from, MessageStatus to)
    {
        if (from == MessageStatus.Canceled)
        {
            return false;
        }

        if (to == MessageStatus.Canceled)
        {
            return from.Rank() <= MessageStatus.Queued.Rank();
        }

        return to.Rank() > from.Rank();
    }
}
