using Hotline.Domain.Conversations;
using Hotline.Storage.Conversations;

namespace Hotline.Server.Pipeline;

/// <summary>Carries out one kind of effect inside the inbound message's transaction. One handler per effect type.</summary>
public interface IEffectHandler
{
    Type EffectType { get; }
    void Apply(InboundTransaction unit, Effect effect);
}

/// <summary>Typed base so each handler reads as "apply this effect".</summary>
public abstract class EffectHandler<TEffect> : IEffectHandler where TEffect : Effect
{
    public Type EffectType => typeof(TEffect);
    public void Apply(InboundTransaction unit, Effect effect) => Apply(unit, (TEffect)effect);
    protected abstract void Apply(InboundTransaction unit, TEffect effect);
}
