namespace Hotline.Domain.Conversations;

/// <summary>
/// The seam between the inbound pipeline and the dialog engine.
/// <c>Step(state, input, now) → (state, effects)</c>: no I/O, no clock, no randomness inside.
/// The host loads the state, calls Step inside the message's transaction, stores the new state and
/// performs the effects (outbox rows, cases, pages) in that same transaction.
/// </summary>
public interface IConversationEngine
{
    StepResult Step(ConversationState state, StepInput input, DateTimeOffset now);
}
