using Hotline.Domain.Language;

namespace Hotline.Domain.Conversations;

/// <summary>One message a person sent, as the engine sees it: text and coarse facts, never the phone number.</summary>
/// <param name="Text">The body as received (may be empty, long, or full of invisible characters).</param>
/// <param name="Channel">Where it came from.</param>
/// <param name="SenderCountry">ISO 3166-1 alpha-2 country of the sender's number (e.g. "KH", "TH"), when known.</param>
/// <param name="ReceivedAt">When our webhook stored it.</param>
public sealed record InboundMessage(string Text, Channel Channel, string? SenderCountry, DateTimeOffset ReceivedAt);

/// <summary>What the host knows about the contact that the engine may use.</summary>
/// <param name="ContactId">Stable internal id (never shown to the person).</param>
/// <param name="Language">The language form remembered for this contact, if any.</param>
/// <param name="OptedOut">True while the contact has sent STOP and not START.</param>
public sealed record ContactContext(long ContactId, LanguageForm? Language, bool OptedOut);

public sealed record StepInput(InboundMessage Message, ContactContext Contact);
