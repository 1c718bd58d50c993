namespace Hotline.Domain.Cases;

/// <summary>The emergency numbers of one country (ISO 3166-1 alpha-2, or "other"), in the order they are shown.</summary>
public sealed record EmergencyCountry(string Country, IReadOnlyList<EmergencyNumber> Numbers);
