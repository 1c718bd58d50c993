namespace Hotline.Domain.Conversations.Effects;

/// <summary>START after STOP: replies may flow again. Does not re-enrol anyone in check-ins.</summary>
public sealed record OptIn : Effect;
