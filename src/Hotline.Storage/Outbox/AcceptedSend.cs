namespace Hotline.Storage.Outbox;

/// <summary>A message the provider accepted: its id there and the status it reported.</summary>
public sealed record AcceptedSend(long Id, string ProviderSid, string Status, int Rank, bool DuplicateSuspected);
