namespace Hotline.Domain.Screening;

/// <summary>
/// The warning signs the screening can detect from <see cref="ScreeningAnswers"/>. Their weights,
/// reason texts and thresholds live in content/screening/indicators.yaml; the code only decides
/// which answers show which sign. A content file may leave a sign out (it is then not scored),
/// but may not name one the code cannot detect.
/// </summary>
public static class IndicatorIds
{
    public const string Under18 = "under_18";
    public const string UnlicensedBroker = "recruiter_unlicensed_broker";
    public const string OnlineRecruiter = "recruiter_online";
    public const string RelativeRecruiter = "recruiter_relative";
    public const string SeveralIntermediaries = "several_intermediaries";
    public const string BrokerFee = "broker_fee";
    public const string FeeBeforeContract = "fee_before_contract";
    public const string LoanFromWages = "loan_from_wages";
    public const string PassportKept = "passport_kept";
    public const string NoWrittenContract = "no_written_contract";
    public const string ContractNotInKhmer = "contract_not_in_khmer";
    public const string WagesThroughBroker = "wages_through_broker";
    public const string NoWorkPermit = "no_work_permit";
    public const string TouristVisa = "tourist_visa";
    public const string NoDocuments = "no_documents";
    public const string TooGoodPromises = "too_good_promises";
    public const string ToldToKeepSecret = "told_to_keep_secret";
    public const string BrokeredMarriage = "brokered_marriage";
    public const string HighRiskSector = "high_risk_sector";
    public const string EmployerUnknown = "employer_unknown";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Under18, UnlicensedBroker, OnlineRecruiter, RelativeRecruiter, SeveralIntermediaries, BrokerFee,
        FeeBeforeContract, LoanFromWages, PassportKept, NoWrittenContract, ContractNotInKhmer, WagesThroughBroker,
        NoWorkPermit, TouristVisa, NoDocuments, TooGoodPromises, ToldToKeepSecret, BrokeredMarriage, HighRiskSector,
        EmployerUnknown,
    };

    /// <summary>Which signs the answers show. Null and "not sure" answers show none.</summary>
    public static IReadOnlySet<string> Detect(ScreeningAnswers a, IReadOnlySet<string> highRiskSectors)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        void If(bool condition, string id)
        {
            if (condition) found.Add(id);
        }

        // Recruiting anyone under 18 is forbidden to every agency [004]; an age of 0 or less is a misread, not a child.
        If(a.Age is > 0 and < 18, Under18);
        If(a.Recruiter == RecruiterType.UnlicensedBroker, UnlicensedBroker);
        If(a.Recruiter == RecruiterType.Online, OnlineRecruiter);
        If(a.Recruiter == RecruiterType.Relative, RelativeRecruiter);
        If(a.Intermediaries >= 2, SeveralIntermediaries);
        If(a.FeeAskedBy == FeePayee.Broker, BrokerFee);
        If(a.FeeBeforeContract == true && a.FeeAskedBy != FeePayee.NoFee, FeeBeforeContract);
        If(a.LoanFromWages == true, LoanFromWages);
        If(a.PassportKeptBy is PassportHolder.Employer or PassportHolder.Broker or PassportHolder.Agency, PassportKept);
        If(a.WrittenContract == false, NoWrittenContract);
        If(a.WrittenContract != false && a.ContractInKhmer == false, ContractNotInKhmer);
        If(a.WagesPaid == WagePayment.ThroughBroker, WagesThroughBroker);
        If(a.Crossing == BorderCrossing.PassportWithoutWorkPermit, NoWorkPermit);
        If(a.Crossing == BorderCrossing.TouristVisa, TouristVisa);
        If(a.Crossing == BorderCrossing.NoDocuments, NoDocuments);
        If(a.TooGoodPromises == true, TooGoodPromises);
        If(a.ToldToKeepSecret == true, ToldToKeepSecret);
        If(a.BrokeredMarriage == true, BrokeredMarriage);
        If(a.Sector is { } sector && highRiskSectors.Contains(sector), HighRiskSector);
        If(a.KnowsEmployer == false, EmployerUnknown);
        return found;
    }
}
