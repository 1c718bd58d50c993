using System.Globalization;
using Hotline.Content;
using Hotline.Domain.Agencies;
using Hotline.Server.Api;
using Hotline.Storage.CheckIns;

namespace Hotline.Server.CheckIns;

/// <summary>A problem on one line of an enrolment file. Never holds the phone number.</summary>
public sealed record EnrolmentCsvProblem(int Line, string Message);

/// <summary>
/// Enrolments from CSV (docs/checkins.md): a header row naming the columns in any order, then one client per line,
/// held to the same rules as the JSON API (<see cref="EnrolmentRules"/>). Columns: phone, language, plan,
/// reintegrated_on, safe_days (mon|tue|…), safe_from, safe_to, time_zone, consent_by, consent_at, consent_how,
/// code_word, duress_word, case_worker_id. Lines starting with # before the header are comments.
/// </summary>
public static class EnrolmentCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "phone", "language", "plan", "reintegrated_on", "safe_days", "safe_from", "safe_to", "time_zone",
        "consent_by", "consent_at", "consent_how", "code_word", "duress_word", "case_worker_id",
    ];

    private static readonly string[] Required = ["phone", "language", "plan", "reintegrated_on", "consent_by", "consent_at", "consent_how"];

    public sealed record Result(IReadOnlyList<(int Line, NewEnrolment Enrolment)> Enrolments, IReadOnlyList<EnrolmentCsvProblem> Problems);

    public static Result Parse(TextReader reader, long organisationId, CheckInContent content)
    {
        var enrolments = new List<(int, NewEnrolment)>();
        var problems = new List<EnrolmentCsvProblem>();
        var phones = new Dictionary<string, int>(StringComparer.Ordinal);
        Dictionary<string, int>? columns = null;
        foreach (var (line, fields) in CsvReader.Read(reader))
        {
            if (fields.Count == 1 && fields[0].Trim().Length == 0) continue;
            if (columns is null)
            {
                if (fields[0].TrimStart().StartsWith('#')) continue;
                columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < fields.Count; i++) columns.TryAdd(fields[i].Trim(), i);
                var missing = Required.Where(r => !columns.ContainsKey(r)).ToList();
                var unknown = columns.Keys.Where(c => !Columns.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
                if (missing.Count > 0) problems.Add(new(line, $"the header is missing: {string.Join(", ", missing)}"));
                if (unknown.Count > 0) problems.Add(new(line, $"unknown columns: {string.Join(", ", unknown)} (known: {string.Join(", ", Columns)})"));
                if (problems.Count > 0) return new Result([], problems);
                continue;
            }

            string? Get(string name) => columns.TryGetValue(name, out var i) && i < fields.Count && fields[i].Trim().Length > 0 ? fields[i].Trim() : null;
            var errors = new ValidationErrors();
            T? Parsed<T>(string name, Func<string, T?> parse, string expected) where T : struct
            {
                if (Get(name) is not { } text) return null;
                if (parse(text) is { } value) return value;
                errors.Add(name, expected);
                return null;
            }
            var fieldsIn = new EnrolmentFields(
                Get("phone"), Get("language"), Get("plan"),
                Parsed("reintegrated_on", t => DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null, "A date, yyyy-mm-dd."),
                Get("safe_days")?.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                Parsed("safe_from", Time, "A time, hh:mm."), Parsed("safe_to", Time, "A time, hh:mm."), Get("time_zone"),
                Get("consent_by"), ApiRules.Timestamp(errors, "consent_at", Get("consent_at"), required: false), Get("consent_how"),
                Get("code_word"), Get("duress_word"),
                Parsed("case_worker_id", t => long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null, "A responder id (a whole number)."));
            var enrolment = EnrolmentRules.Check(fieldsIn, organisationId, content, errors);
            if (enrolment is not null && phones.TryGetValue(enrolment.Phone, out var first))
                errors.Add("phone", $"the same number as line {first}");
            if (errors.Any)
            {
                problems.AddRange(errors.Messages.Select(m => new EnrolmentCsvProblem(line, m)));
                continue;
            }
            phones[enrolment!.Phone] = line;
            enrolments.Add((line, enrolment));
        }
        if (columns is null) problems.Add(new(1, "no header row"));
        return new Result(enrolments, problems);
    }

    private static TimeOnly? Time(string text) =>
        TimeOnly.TryParseExact(text, ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
