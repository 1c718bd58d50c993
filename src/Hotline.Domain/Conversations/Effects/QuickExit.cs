namespace Hotline.Domain.Conversations.Effects;

/// <summary>
/// The neutral quick-exit word: end the session now and cancel every message still waiting to go to this
/// contact (replies and check-ins). The engine sends at most one harmless line, if any.
/// </summary>
public sealed record QuickExit : Effect;
