using Hotline.Domain.Conversations.Effects;
using Hotline.Storage.Conversations;

namespace Hotline.Server.Pipeline.EffectHandlers;

/// <summary>Urgent danger is stored in the same transaction as the message that revealed it: it cannot be lost
/// between detection and paging.</summary>
public sealed class RaiseUrgentHandler : EffectHandler<RaiseUrgent>
{
    protected override void Apply(InboundTransaction unit, RaiseUrgent effect) => unit.RaiseUrgent(effect.Reason);
}
