using Hotline.Domain.Conversations;

namespace Hotline.Domain.Dialogs;

/// <summary>
/// The host's <see cref="IConversationEngine"/>: the pure <see cref="DialogEngine"/> over a content snapshot.
/// Give it a provider to swap snapshots while running (content reload); each step reads the provider once.
/// </summary>
public sealed class SnapshotConversationEngine : IConversationEngine
{
    private readonly Func<ContentSnapshot> _snapshot;

    public SnapshotConversationEngine(ContentSnapshot snapshot)
        : this(() => snapshot)
    {
    }

    public SnapshotConversationEngine(Func<ContentSnapshot> snapshot) => _snapshot = snapshot;

    public StepResult Step(ConversationState state, StepInput input, DateTimeOffset now) =>
        DialogEngine.Step(_snapshot(), state, input, now);
}
