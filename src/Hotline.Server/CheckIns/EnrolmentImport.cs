using Hotline.Content;
using Hotline.Storage.CheckIns;

namespace Hotline.Server.CheckIns;

/// <summary>
/// A CSV file of enrolments, imported all or nothing: every problem of every line is reported (line number and
/// reason, never the number itself) and nothing is stored unless the whole file is right. Importing the same file
/// again enrols nobody twice: a number the organisation already follows is counted as already enrolled.
/// Shared by POST /api/enrolments/import and the `enrolments import` command.
/// </summary>
public sealed class EnrolmentImport(CheckInStore store, CheckInContent content)
{
    public sealed record Report(bool Imported, int Enrolled, int AlreadyEnrolled, IReadOnlyList<EnrolmentCsvProblem> Problems);

    public async Task<Report> ImportAsync(string csv, long organisationId, string actor, DateTimeOffset now, CancellationToken ct)
    {
        var parsed = EnrolmentCsv.Parse(new StringReader(csv), organisationId, content);
        if (parsed.Problems.Count > 0) return new Report(false, 0, 0, parsed.Problems);
        if (parsed.Enrolments.Count == 0) return new Report(false, 0, 0, [new EnrolmentCsvProblem(1, "the file holds no enrolments")]);
        var outcome = await store.EnrolAllAsync(organisationId, parsed.Enrolments.Select(e => e.Enrolment).ToList(), content.Plans, actor, now, ct);
        if (outcome.TakenElsewhere.Count > 0)
            return new Report(false, 0, 0, outcome.TakenElsewhere
                .Select(i => new EnrolmentCsvProblem(parsed.Enrolments[i].Line, "phone: this number already has an active enrolment")).ToList());
        return new Report(true, outcome.Enrolled, outcome.AlreadyEnrolled, []);
    }
}
