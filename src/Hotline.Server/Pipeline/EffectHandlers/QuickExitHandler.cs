using Hotline.Domain.Conversations.Effects;
using Hotline.Storage.Conversations;

namespace Hotline.Server.Pipeline.EffectHandlers;

/// <summary>Quick exit: nothing that was waiting to go to this person goes. A harmless line the engine emits after
/// this effect is queued after the cancellation, so it still leaves.</summary>
public sealed class QuickExitHandler : EffectHandler<QuickExit>
{
    protected override void Apply(InboundTransaction unit, QuickExit effect) => unit.CancelPending("quick_exit");
}
