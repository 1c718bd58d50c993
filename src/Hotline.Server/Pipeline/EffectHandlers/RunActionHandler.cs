using Hotline.Domain.Conversations.Effects;
using Hotline.Storage.Conversations;

namespace Hotline.Server.Pipeline.EffectHandlers;

/// <summary>A host action a flow asked for (open a help request, page on call, enrol), stored with the message.</summary>
public sealed class RunActionHandler : EffectHandler<RunAction>
{
    protected override void Apply(InboundTransaction unit, RunAction effect) => unit.RequestAction(effect.Name, effect.Args);
}
