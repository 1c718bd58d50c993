namespace Hotline.Twilio.Rest;

/// <summary>A message as the provider's list endpoint reports it; used to find a send whose outcome was uncertain.</summary>
public sealed record ProviderMessage(
    string Sid,
    string? To,
    string? From,
    string? Body,
    string? Status,
    string? Direction,
    DateTimeOffset? DateCreated,
    DateTimeOffset? DateSent,
    int? ErrorCode,
    int? NumSegments);
