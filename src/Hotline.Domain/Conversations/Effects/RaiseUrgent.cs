namespace Hotline.Domain.Conversations.Effects;

/// <summary>
/// The person's message reads as immediate danger (locked in, beaten, passport taken and cannot leave, a child
/// in danger, a plea for help). The host opens or appends an urgent case and pages the responder on call.
/// <paramref name="Reason"/> is a content reason code such as <c>locked_in</c> or <c>violence</c>, never the
/// message text, so it may appear in logs and counts.
/// </summary>
public sealed record RaiseUrgent(string Reason) : Effect;
