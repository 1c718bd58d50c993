namespace Hotline.Storage.Protection;

/// <summary>Associated-data labels: one per encrypted column.</summary>
public static class Purposes
{
    public const string ContactAddress = "contacts.address";
    public const string MessageBody = "messages.body";
    public const string ConversationState = "conversations.state";
    public const string SafeContact = "cases.safe_contact";
    public const string CaseNote = "case_events.body";
    public const string RevealReason = "number_reveals.reason";
}
