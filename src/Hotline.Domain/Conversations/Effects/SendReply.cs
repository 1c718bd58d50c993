namespace Hotline.Domain.Conversations.Effects;

/// <summary>Send this text to the person who wrote, on the channel they used, through the outbox.</summary>
public sealed record SendReply(string Text) : Effect;
