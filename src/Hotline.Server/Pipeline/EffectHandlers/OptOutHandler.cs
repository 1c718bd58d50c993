using Hotline.Domain.Conversations.Effects;
using Hotline.Storage.Conversations;

namespace Hotline.Server.Pipeline.EffectHandlers;

/// <summary>STOP is honoured before any send: the contact is marked and everything still queued for it is cancelled
/// in the same transaction; the dispatcher also refuses any row for an opted-out contact.</summary>
public sealed class OptOutHandler : EffectHandler<OptOut>
{
    protected override void Apply(InboundTransaction unit, OptOut effect) => unit.OptOut();
}
