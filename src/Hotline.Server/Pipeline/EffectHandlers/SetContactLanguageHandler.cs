using Hotline.Domain.Conversations.Effects;
using Hotline.Storage.Conversations;

namespace Hotline.Server.Pipeline.EffectHandlers;

public sealed class SetContactLanguageHandler : EffectHandler<SetContactLanguage>
{
    protected override void Apply(InboundTransaction unit, SetContactLanguage effect) => unit.SetLanguage(effect.Language);
}
