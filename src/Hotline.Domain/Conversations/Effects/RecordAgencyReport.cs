using Hotline.Domain.Agencies;

namespace Hotline.Domain.Conversations.Effects;

/// <summary>A person reported an agency or broker: counted per agency for the NGOs (the watchdog data the source
/// documents ask for). Anonymised: licence number or a folded name key, a reason category and a date.</summary>
public sealed record RecordAgencyReport(AgencyReport Report) : Effect;
