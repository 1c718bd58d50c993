using Hotline.Domain.Conversations.Effects;
using Hotline.Storage.Conversations;

namespace Hotline.Server.Pipeline.EffectHandlers;

public sealed class OptInHandler : EffectHandler<OptIn>
{
    protected override void Apply(InboundTransaction unit, OptIn effect) => unit.OptIn();
}
