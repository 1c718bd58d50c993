using Hotline.Domain.Conversations.Effects;
using Hotline.Storage.Conversations;

namespace Hotline.Server.Pipeline.EffectHandlers;

public sealed class RecordAgencyReportHandler : EffectHandler<RecordAgencyReport>
{
    protected override void Apply(InboundTransaction unit, RecordAgencyReport effect) =>
        unit.RecordAgencyReport(effect.Report.LicenceNumber, effect.Report.NameKey, effect.Report.Reason.ToString(), effect.Report.Date);
}
