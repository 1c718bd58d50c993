namespace Hotline.Domain.Conversations.Effects;

/// <summary>STOP: no message of any kind goes to this contact until they send START.</summary>
public sealed record OptOut : Effect;
