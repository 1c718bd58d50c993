namespace Hotline.Storage.Conversations;

/// <summary>Why an outbound message exists. Kept on the row for the transcript and for statistics.</summary>
public static class OutboundKinds
{
    public const string Reply = "reply";
    public const string Page = "page";
    public const string Relay = "relay";
    public const string CheckIn = "checkin";
}
