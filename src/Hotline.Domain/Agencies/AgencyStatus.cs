namespace Hotline.Domain.Agencies;

/// <summary>What the published register says about an agency's licence. The register never says "illegal": it lists licences.</summary>
public enum AgencyStatus
{
    Licensed,
    Suspended,
    Revoked,
}
