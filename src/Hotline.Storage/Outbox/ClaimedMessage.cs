using Hotline.Domain.Conversations;

namespace Hotline.Storage.Outbox;

/// <summary>An outbound message a dispatcher holds the lease on.</summary>
/// <param name="PreviousSendStartedAt">When an earlier attempt started, if one did: the window to look in
/// at the provider before sending again after an uncertain outcome.</param>
public sealed record ClaimedMessage(
    long Id,
    long ContactId,
    Channel Channel,
    string To,
    string? From,
    string Body,
    string Kind,
    int Attempts,
    bool NeedsLookup,
    DateTimeOffset? PreviousSendStartedAt,
    bool ContactOptedOut);
