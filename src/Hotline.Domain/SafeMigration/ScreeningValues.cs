using System.Globalization;
using Hotline.Domain.Screening;

namespace Hotline.Domain.SafeMigration;

/// <summary>
/// Turns the values the screening flow (<c>content/flows/job_offer.yaml</c>) saves into <see cref="ScreeningAnswers"/>.
/// The value names and option keys here are the contract with that flow:
/// <c>destination</c> (TH, MY, KR, JP, OTHER or a destination key), <c>sector</c> (a sector key of
/// <c>screening/indicators.yaml</c>), <c>recruiter</c> (agency, broker, brokers, relative, online, not_sure;
/// brokers is a broker with at least one more intermediary),
/// <c>intermediaries</c>, <c>age</c>, <c>fee_asked</c> (yes/no), <c>fee_asked_by</c> (no_fee, agency, broker,
/// employer, other, not_sure), <c>loan</c>, <c>passport_kept</c>, <c>contract</c> (khmer, other_language, none),
/// <c>wages</c> (to_worker, through_broker), <c>border</c> (passport_permit, passport_only, tourist_visa,
/// no_documents, unknown), <c>promises</c>, <c>secret</c>, <c>marriage</c>, <c>knows_employer</c>, <c>province</c>.
/// The flow asks some pairs of topics in one question; those combined values are read too, each for both of its
/// topics, when the single value is not saved: <c>money</c> (fee, loan, both, none) for fee_asked and loan,
/// <c>kept</c> (passport, wages, both, none) for passport_kept and wages, <c>offer</c> (pay, marriage, both, none)
/// for promises and marriage.
/// A value that is missing or not one of these reads as "not answered", which never adds risk.
/// </summary>
public static class ScreeningValues
{
    public static ScreeningAnswers Read(IReadOnlyDictionary<string, string> values)
    {
        string? V(string name) => values.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        bool? Single(string name) => V(name) switch { "yes" => true, "no" => false, _ => null };
        // A combined question: "both" says yes to each topic, "none" no to each, one topic's key yes to it and no to the other.
        bool? Pair(string combined, string key, string other) => V(combined) is { } v
            ? v == key || v == "both" ? true : v == other || v == "none" ? false : null
            : null;
        bool? YesNo(string name) => Single(name) ?? name switch
        {
            "fee_asked" => Pair("money", "fee", "loan"),
            "loan" => Pair("money", "loan", "fee"),
            "passport_kept" => Pair("kept", "passport", "wages"),
            "promises" => Pair("offer", "pay", "marriage"),
            "marriage" => Pair("offer", "marriage", "pay"),
            _ => null,
        };
        int? Number(string name) => int.TryParse(V(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

        var recruiter = V("recruiter") switch
        {
            "agency" => RecruiterType.LicensedAgency,
            "broker" or "brokers" => RecruiterType.UnlicensedBroker,
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
            Intermediaries = Number("intermediaries") ?? (V("recruiter") == "brokers" ? 2 : null),
            Age = Number("age"),
            FeeAskedBy = feeBy,
            FeeBeforeContract = feeBeforeContract,
            LoanFromWages = YesNo("loan"),
            PassportKeptBy = passport,
            WrittenContract = written,
            ContractInKhmer = inKhmer,
            WagesPaid = V("wages") switch
            {
                "to_worker" => WagePayment.ToWorker,
                "through_broker" => WagePayment.ThroughBroker,
                _ => Pair("kept", "wages", "passport") switch
                {
                    true => WagePayment.ThroughBroker,
                    false => WagePayment.ToWorker,
                    null => (WagePayment?)null,
                },
            },
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
