using System.Globalization;
using Hotline.Domain.Screening;

namespace Hotline.Domain.SafeMigration;

/// <summary>
/// Turns the values the screening flow (<c>content/flows/job_offer.yaml</c>) saves into <see cref="ScreeningAnswers"/>.
/// The value names and option keys here are the contract with that flow:
/// <c>destination</c> (TH, MY, KR, JP, OTHER or a destination key), <c>sector</c> (a sector key of
/// <c>screening/indicators.yaml</c>), <c>recruiter</c> (agency, broker, relative, online, not_sure),
/// <c>intermediaries</c>, <c>age</c>, <c>fee_asked</c> (yes/no), <c>fee_asked_by</c> (no_fee, agency, broker,
/// employer, other, not_sure), <c>loan</c>, <c>passport_kept</c>, <c>contract</c> (khmer, other_language, none),
/// <c>wages</c> (to_worker, through_broker), <c>border</c> (passport_permit, passport_only, tourist_visa,
/// no_documents, unknown), <c>promises</c>, <c>secret</c>, <c>marriage</c>, <c>knows_employer</c>, <c>province</c>.
/// A value that is missing or not one of these reads as "not answered", which never adds risk.
/// </summary>
public static class ScreeningValues
{
    public static ScreeningAnswers Read(IReadOnlyDictionary<string, string> values)
    {
        string? V(string name) => values.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        bool? YesNo(string name) => V(name) switch { "yes" => true, "no" => false, _ => null };
        int? Number(string name) => int.TryParse(V(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

        var recruiter = V("recruiter") switch
        {
            "agency" => RecruiterType.LicensedAgency,
            "broker" => RecruiterType.UnlicensedBroker,
            "relative" => RecruiterType.Relative,
            "online" => RecruiterType.Online,
            "not_sure" => RecruiterType.NotSure,
            _ => (RecruiterType?)null,
        };

        var contract = V("contract");
        bool? written = contract switch { "khmer" or "other_language" => true, "none" => false, _ => null };
        bool? inKhmer = contract switch { "khmer" => true, "other_language" => false, _ => null };

        // Who asked for money: said outright, or, after a plain "yes", whoever recruited the person.
        var feeBy = V("fee_asked_by") switch
        {
            "no_fee" => FeePayee.NoFee,
            "agency" => FeePayee.Agency,
            "broker" => FeePayee.Broker,
            "employer" => FeePayee.Employer,
            "other" => FeePayee.Other,
            "not_sure" => FeePayee.NotSure,
            _ => YesNo("fee_asked") switch
            {
                false => FeePayee.NoFee,
                true => recruiter switch
                {
                    RecruiterType.UnlicensedBroker => FeePayee.Broker,
                    RecruiterType.LicensedAgency => FeePayee.Agency,
                    _ => FeePayee.Other,
                },
                null => (FeePayee?)null,
            },
        };
        // Money asked while there is no written contract is money asked before a contract.
        bool? feeBeforeContract = feeBy is null or FeePayee.NoFee or FeePayee.NotSure ? null : written == false ? true : null;

        var passport = YesNo("passport_kept") switch
        {
            true => recruiter == RecruiterType.UnlicensedBroker ? PassportHolder.Broker : PassportHolder.Employer,
            false => PassportHolder.Self,
            null => (PassportHolder?)null,
        };

        return new ScreeningAnswers
        {
            Destination = Destinations.Key(V("destination")),
            Sector = V("sector"),
            Province = V("province"),
            Recruiter = recruiter,
            Intermediaries = Number("intermediaries"),
            Age = Number("age"),
            FeeAskedBy = feeBy,
            FeeBeforeContract = feeBeforeContract,
            LoanFromWages = YesNo("loan"),
            PassportKeptBy = passport,
            WrittenContract = written,
            ContractInKhmer = inKhmer,
            WagesPaid = V("wages") switch { "to_worker" => WagePayment.ToWorker, "through_broker" => WagePayment.ThroughBroker, _ => null },
            Crossing = V("border") switch
            {
                "passport_permit" => BorderCrossing.PassportAndWorkPermit,
                "passport_only" => BorderCrossing.PassportWithoutWorkPermit,
                "tourist_visa" => BorderCrossing.TouristVisa,
                "no_documents" => BorderCrossing.NoDocuments,
                "unknown" => BorderCrossing.NotSure,
                _ => null,
            },
            TooGoodPromises = YesNo("promises"),
            ToldToKeepSecret = YesNo("secret"),
            BrokeredMarriage = YesNo("marriage"),
            KnowsEmployer = YesNo("knows_employer"),
        };
    }
}
