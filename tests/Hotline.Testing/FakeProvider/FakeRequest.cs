namespace Hotline.Testing.FakeProvider;

/// <summary>Every request the fake answered, with the status it gave, so a test can count retries.</summary>
public sealed record FakeRequest(string Method, string Path, int Status, DateTimeOffset At);
