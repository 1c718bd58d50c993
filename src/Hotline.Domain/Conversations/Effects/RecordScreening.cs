using Hotline.Domain.Screening;

namespace Hotline.Domain.Conversations.Effects;

/// <summary>A completed job-offer screening, anonymised (destination, sector, indicator ids, level, province), for
/// the statistics NGOs use to see where risky recruitment comes from. Never linked to the person.</summary>
public sealed record RecordScreening(ScreeningRecord Record) : Effect;
