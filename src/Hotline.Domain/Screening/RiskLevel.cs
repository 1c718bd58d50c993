namespace Hotline.Domain.Screening;

/// <summary>How risky a job offer looks. Content words: <c>low</c>, <c>caution</c>, <c>high</c>.</summary>
public enum RiskLevel
{
    Low,
    Caution,
    High,
}
