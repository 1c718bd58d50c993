using Hotline.Domain.CheckIns;
using Hotline.Domain.Language;

namespace Hotline.Storage.CheckIns;

/// <summary>An enrolment as the API creates it. No enrolment without consent: who recorded it, when and how.</summary>
public sealed record NewEnrolment(
    long OrganisationId,
    string Phone,
    LanguageForm Language,
    string Plan,
    DateOnly ReintegratedOn,
    SafeWindow Window,
    string ConsentBy,
    DateTimeOffset ConsentAt,
    string ConsentHow,
    string? CodeWord,
    string? DuressWord,
    long? CaseWorkerId);

/// <summary>A scheduled round whose time has come, with what sending it needs.</summary>
public sealed record DueCheckIn(long Id, long EnrolmentId, long OrganisationId, long ContactId, int Round, string Plan, DateOnly ReintegratedOn,
    LanguageForm Language, SafeWindow Window, bool Active, bool OptedOut);

/// <summary>A sent round waiting for an answer.</summary>
public sealed record WaitingCheckIn(long Id, long EnrolmentId, long OrganisationId, long ContactId, string Status, DateTimeOffset SentAt,
    LanguageForm Language, SafeWindow Window);

/// <summary>The open round of the contact who just wrote, and the words that identify or alarm.</summary>
/// <param name="WaitingFor">The follow-up question waiting for its answer (work, income, income_currency, component);
/// null while the round waits for "how are things".</param>
/// <param name="HasWork">This round's answer to the work question, once given.</param>
/// <param name="IncomeAmount">An amount said without a currency, waiting for "dollars, riel or baht?".</param>
public sealed record OpenCheckIn(long CheckInId, long EnrolmentId, long OrganisationId, LanguageForm Language, byte[]? CodeWordHash, byte[]? DuressWordHash,
    int Round = 1, string Plan = "", string? WaitingFor = null, bool? HasWork = null, decimal? IncomeAmount = null);
