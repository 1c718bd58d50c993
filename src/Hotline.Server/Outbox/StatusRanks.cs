using Hotline.Twilio.Webhooks;

namespace Hotline.Server.Outbox;

/// <summary>
/// Stored status ranks: 0 is ours (pending/dispatching/cancelled), provider statuses follow at their forward-only
/// rank plus one (<see cref="MessageStatuses.Rank"/>). Callbacks arrive in any order; a "sent" after a "delivered"
/// changes nothing.
/// </summary>
public static class StatusRanks
{
    public static int Of(MessageStatus status) => status.Rank() + 1;

    public static int? Of(string status) => MessageStatuses.TryParse(status, out var parsed) ? Of(parsed) : null;
}
