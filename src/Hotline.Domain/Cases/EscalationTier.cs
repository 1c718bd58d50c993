namespace Hotline.Domain.Cases;

/// <summary>The tiers of one round, in the order they are paged.</summary>
public enum EscalationTier
{
    Primary,
    Backup,
    Coordinators,
}
