namespace Hotline.Domain.Conversations;

/// <summary>The outcome of one step: the state to store and the effects the host must carry out, in order.</summary>
public sealed record StepResult(ConversationState State, IReadOnlyList<Effect> Effects);
