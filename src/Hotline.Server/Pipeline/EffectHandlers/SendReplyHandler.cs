using Hotline.Domain.Conversations.Effects;
using Hotline.Storage.Conversations;

namespace Hotline.Server.Pipeline.EffectHandlers;

public sealed class SendReplyHandler : EffectHandler<SendReply>
{
    protected override void Apply(InboundTransaction unit, SendReply effect) => unit.QueueOutbound(effect.Text);
}
