namespace Hotline.Server.Pipeline;

public enum InboundOutcome
{
    /// <summary>Stored, stepped, replies queued.</summary>
    Processed,
    /// <summary>This provider message id was stored before: nothing changed.</summary>
    Duplicate,
    /// <summary>Stored, but the conversation step failed; no reply was queued and the state was kept.</summary>
    StoredWithoutReply,
}
