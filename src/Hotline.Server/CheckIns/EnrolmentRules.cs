using Hotline.Content;
using Hotline.Domain.CheckIns;
using Hotline.Domain.Language;
using Hotline.Server.Api;
using Hotline.Storage.CheckIns;

namespace Hotline.Server.CheckIns;

/// <summary>An enrolment as a case worker gives it (JSON body or one CSV line), before checking.</summary>
public sealed record EnrolmentFields(
    string? Phone, string? Language, string? Plan, DateOnly? ReintegratedOn, IReadOnlyList<string>? SafeDays, TimeOnly? SafeFrom, TimeOnly? SafeTo,
    string? TimeZone, string? ConsentBy, DateTimeOffset? ConsentAt, string? ConsentHow, string? CodeWord, string? DuressWord, long? CaseWorkerId);

/// <summary>The one set of rules for an enrolment, whether it comes from the API or a CSV import. No enrolment without
/// consent: who recorded it, when and how.</summary>
public static class EnrolmentRules
{
    public static readonly string[] AllDays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>The enrolment to store, or null with every problem added to <paramref name="errors"/>.</summary>
    public static NewEnrolment? Check(EnrolmentFields f, long organisationId, CheckInContent content, ValidationErrors errors)
    {
        var phone = ApiRules.Phone(errors, "phone", f.Phone, required: true);
        if (!LanguageForms.TryParse(f.Language, out var language)) errors.Add("language", "One of km, km-Latn, en.");
        if (f.Plan is null || !content.Plans.ContainsKey(f.Plan)) errors.Add("plan", $"One of: {string.Join(", ", content.Plans.Keys)}.");
        if (f.ReintegratedOn is null) errors.Add("reintegrated_on", "Required (yyyy-mm-dd).");
        if (string.IsNullOrWhiteSpace(f.ConsentBy) || f.ConsentAt is null || string.IsNullOrWhiteSpace(f.ConsentHow))
            errors.Add("consent", "No enrolment without consent: give who recorded it, when and how.");
        var days = new HashSet<DayOfWeek>();
        foreach (var d in f.SafeDays ?? AllDays)
            if (ParseDay(d) is { } day) days.Add(day); else errors.Add("safe_days", $"'{d}' is not a day (mon … sun).");
        var window = new SafeWindow(days, f.SafeFrom ?? new TimeOnly(9, 0), f.SafeTo ?? new TimeOnly(18, 0), f.TimeZone ?? "Asia/Phnom_Penh");
        foreach (var p in window.Validate()) errors.Add("safe_hours", p);
        if (f.DuressWord is { Length: > 0 } duress && f.CodeWord is { Length: > 0 } code && TextNormaliser.Key(duress) == TextNormaliser.Key(code))
            errors.Add("duress_word", "Must differ from the code word.");
        if (errors.Any) return null;
        return new NewEnrolment(organisationId, phone!, language, f.Plan!, f.ReintegratedOn!.Value, window, f.ConsentBy!.Trim(), f.ConsentAt!.Value,
            f.ConsentHow!.Trim(), f.CodeWord, f.DuressWord, f.CaseWorkerId);
    }

    private static DayOfWeek? ParseDay(string value) => value.Trim().ToLowerInvariant() is { Length: >= 3 } v ? v[..3] switch
    {
        "mon" => DayOfWeek.Monday, "tue" => DayOfWeek.Tuesday, "wed" => DayOfWeek.Wednesday, "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday, "sat" => DayOfWeek.Saturday, "sun" => DayOfWeek.Sunday, _ => null,
    } : null;
}
