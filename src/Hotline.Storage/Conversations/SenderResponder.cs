namespace Hotline.Storage.Conversations;

/// <summary>The responder who sent an inbound message: id, organisation, the language their replies use, PIN hash.</summary>
public sealed record SenderResponder(long Id, long OrganisationId, string Language, byte[]? PinHash);

/// <summary>An open case of the sender that a responder has taken, and how to reach that responder.</summary>
public sealed record AssignedCase(long CaseId, string Code, long ResponderContactId, bool RelayBySms);
