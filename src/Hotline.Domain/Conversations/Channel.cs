namespace Hotline.Domain.Conversations;

/// <summary>How a contact reaches the hotline. The same number on SMS and WhatsApp is two contacts.</summary>
public enum Channel
{
    Sms,
    WhatsApp,
    Simulator,
}
