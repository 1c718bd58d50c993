namespace Hotline.Domain.Agencies;

/// <summary>Why someone reports an agency or broker. Categories, not free text, so reports can be counted and shared.</summary>
public enum ReportReason
{
    FeesCharged,
    PassportKept,
    WagesUnpaid,
    ContractBroken,
    FalsePromises,
    RecruitedChild,
    ThreatsOrViolence,
    Other,
}

/// <summary>
/// "Report an agency": the watchdog data NGOs asked for, anonymised. It holds the agency's licence
/// number when the name matched the register, otherwise the matching key of the name given (so
/// reports of one unlisted broker are counted together); never a phone number or a message.
/// Only the date is kept, not the time, so a report cannot be joined back to a message.
/// </summary>
public sealed record AgencyReport(string? LicenceNumber, string? NameKey, ReportReason Reason, DateOnly Date)
{
    private const int MaxNameKeyLength = 48;

    public static AgencyReport From(AgencyLookupResult lookup, string? nameAsTyped, ReportReason reason, DateOnly date) =>
        lookup is AgencyLookupResult.Match m
            ? new AgencyReport(m.Agency.LicenceNumber, null, reason, date)
            : new AgencyReport(null, KeyOf(nameAsTyped), reason, date);

    /// <summary>The key reports are counted by: the licence number, or <c>name:</c> plus the name key.</summary>
    public string CountKey => LicenceNumber ?? "name:" + (NameKey ?? string.Empty);

    private static string? KeyOf(string? name)
    {
        // Runs of digits are dropped: people type phone numbers next to a broker's name.
        var key = string.Join(' ', AgencyNameKey.Of(name).Spaced.Split(' ').Where(t => t.Count(char.IsAsciiDigit) < 3));
        if (key.Length == 0) return null;
        return key.Length <= MaxNameKeyLength ? key : key[..MaxNameKeyLength];
    }
}

public static class AgencyReports
{
    /// <summary>How many reports each agency or unlisted name has, most reported first.</summary>
    public static IReadOnlyList<(string Key, int Count)> CountByAgency(IEnumerable<AgencyReport> reports) =>
        reports.GroupBy(r => r.CountKey, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .ToList();
}
