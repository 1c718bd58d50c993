using Hotline.Domain.Conversations.Effects;
using Hotline.Storage.Conversations;

namespace Hotline.Server.Pipeline.EffectHandlers;

public sealed class RecordScreeningHandler : EffectHandler<RecordScreening>
{
    protected override void Apply(InboundTransaction unit, RecordScreening effect) =>
        unit.RecordScreening(effect.Record.Destination, effect.Record.Sector, effect.Record.Indicators,
            effect.Record.Level.ToString().ToLowerInvariant(), effect.Record.Province);
}
