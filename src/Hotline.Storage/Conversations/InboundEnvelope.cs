using Hotline.Domain.Conversations;

namespace Hotline.Storage.Conversations;

/// <summary>An inbound message as the provider delivered it, before anything is stored.</summary>
/// <param name="Channel">SMS, WhatsApp or the simulator.</param>
/// <param name="Address">The sender's address exactly as the provider gives it (E.164, or whatsapp:+855…).</param>
/// <param name="Country">ISO alpha-2 of the sender's number, when known.</param>
/// <param name="OurAddress">The hotline address the person wrote to; replies leave from it.</param>
/// <param name="ProviderSid">The provider's message id: the idempotency key.</param>
public sealed record InboundEnvelope(
    Channel Channel,
    string Address,
    string? Country,
    string? OurAddress,
    string ProviderSid,
    string Body,
    DateTimeOffset ReceivedAt);
