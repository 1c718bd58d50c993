using Hotline.Domain.Conversations.Effects;
using Hotline.Server.Cases;
using Hotline.Storage.Conversations;

namespace Hotline.Server.Pipeline.EffectHandlers;

/// <summary>Urgent danger is stored in the same transaction as the message that revealed it, as an urgent case
/// due for paging now (or, when the person already has one open, as an event on it): it cannot be lost between
/// detection and paging.</summary>
public sealed class RaiseUrgentHandler(CaseCodeSource codes) : EffectHandler<RaiseUrgent>
{
    protected override void Apply(InboundTransaction unit, RaiseUrgent effect)
    {
        unit.OpenUrgentCase(codes.Next(), effect.Reason);
    }
}
