namespace Hotline.Testing.FakeProvider;

/// <summary>A message the fake provider created, as a test would want to assert on it.</summary>
public sealed record FakeMessage(
    string Sid,
    string To,
    string? From,
    string? MessagingServiceSid,
    string Body,
    string? StatusCallback,
    DateTimeOffset ReceivedAt);
