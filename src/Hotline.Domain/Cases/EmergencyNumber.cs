namespace Hotline.Domain.Cases;

/// <summary>
/// One emergency number for one country. <see cref="Label"/> is a neutral word key ("emergency",
/// "ambulance", "children") whose text comes from content, so the safety message never names police,
/// shelters or anything else that could alarm whoever else reads the phone (rule R1).
/// Every number is accounted for: either it has a <see cref="Source"/> and the date it was
/// <see cref="Checked"/> against it, or it is a <see cref="Sample"/> with a <see cref="Verify"/> note
/// saying what is still to be checked. A wrong number sent to a person in danger costs minutes they
/// may not have, so an unaccounted number fails the content check.
/// </summary>
public sealed record EmergencyNumber(string Label, string Number, string? Source, DateOnly? Checked, bool Sample, string? Verify)
{
    public bool HasSource => !string.IsNullOrWhiteSpace(Source) && Checked is not null;

    public bool IsAccountedFor => HasSource || (Sample && !string.IsNullOrWhiteSpace(Verify));
}
