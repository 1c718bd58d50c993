using Hotline.Domain.Conversations;

namespace Hotline.Server.Pipeline;

/// <summary>Finds the handler for each effect type. Built once from every registered handler.</summary>
public sealed class EffectHandlerRegistry
{
    private readonly Dictionary<Type, IEffectHandler> _handlers;

    public EffectHandlerRegistry(IEnumerable<IEffectHandler> handlers) =>
        _handlers = handlers.ToDictionary(h => h.EffectType);

    public IReadOnlyCollection<Type> HandledTypes => _handlers.Keys;

    public IEffectHandler For(Effect effect) =>
        _handlers.TryGetValue(effect.GetType(), out var handler)
            ? handler
            : throw new InvalidOperationException($"No handler for effect {effect.GetType().Name}.");
}
