using Hotline.Domain.Screening;

namespace Hotline.Domain.Tests.Screening;

public sealed class ScreeningTests
{
    private static ScreeningModel Model => ShippedScreening.Model;

    private static readonly ScreeningAnswers LicensedAgencyOffer = new()
    {
        Destination = "south-korea",
        Sector = "factory",
        Recruiter = RecruiterType.LicensedAgency,
        Intermediaries = 0,
        Age = 24,
        FeeAskedBy = FeePayee.NoFee,
        LoanFromWages = false,
        PassportKeptBy = PassportHolder.Self,
        WrittenContract = true,
        ContractInKhmer = true,
        WagesPaid = WagePayment.ToWorker,
        Crossing = BorderCrossing.PassportAndWorkPermit,
        TooGoodPromises = false,
        ToldToKeepSecret = false,
        BrokeredMarriage = false,
        KnowsEmployer = true,
    };

    [Fact]
    public void The_shipped_screening_content_is_valid()
    {
        Assert.Empty(Model.Validate());
    }

    [Fact]
    public void A_broker_who_keeps_the_passport_and_lends_money_is_high_risk_with_those_reasons()
    {
        var result = Model.Screen(new ScreeningAnswers
        {
            Recruiter = RecruiterType.UnlicensedBroker,
            PassportKeptBy = PassportHolder.Broker,
            LoanFromWages = true,
        });

        Assert.Equal(RiskLevel.High, result.Level);
        Assert.Equal([IndicatorIds.PassportKept, IndicatorIds.UnlicensedBroker, IndicatorIds.LoanFromWages], result.TopReasons);
        Assert.Equal("talk_now", result.NextStep);
    }

    [Fact]
    public void A_licensed_agency_with_a_written_khmer_contract_is_low_risk()
    {
        var result = Model.Screen(LicensedAgencyOffer);

        Assert.Equal(RiskLevel.Low, result.Level);
        Assert.Empty(result.TopReasons);
        Assert.Equal("before_you_go", result.NextStep);
    }

    [Fact]
    public void A_licensed_agency_offer_in_a_high_risk_sector_is_at_most_caution()
    {
        var result = Model.Screen(LicensedAgencyOffer with { Sector = "deep_sea_fishing" });

        Assert.Equal(RiskLevel.Caution, result.Level);
        Assert.Equal([IndicatorIds.HighRiskSector], result.TopReasons);
    }

    [Theory]
    [InlineData(17)]
    [InlineData(15)]
    public void Anyone_under_18_is_high_risk_whatever_else_they_answer(int age)
    {
        var result = Model.Screen(LicensedAgencyOffer with { Age = age });

        Assert.Equal(RiskLevel.High, result.Level);
        Assert.Equal(IndicatorIds.Under18, result.TopReasons[0]);
        Assert.Equal("talk_now", result.NextStep);
    }

    [Fact]
    public void Under_18_stays_first_among_the_reasons_even_when_other_signs_weigh_more_together()
    {
        var result = Model.Screen(new ScreeningAnswers
        {
            Age = 16,
            BrokeredMarriage = true,
            PassportKeptBy = PassportHolder.Employer,
            ToldToKeepSecret = true,
        });

        Assert.Equal([IndicatorIds.Under18, IndicatorIds.BrokeredMarriage, IndicatorIds.PassportKept], result.TopReasons);
    }

    [Fact]
    public void Eighteen_is_not_under_18()
    {
        Assert.Equal(RiskLevel.Low, Model.Screen(LicensedAgencyOffer with { Age = 18 }).Level);
    }

    [Fact]
    public void No_answers_at_all_is_low_risk_and_still_gets_a_next_step()
    {
        var result = Model.Screen(new ScreeningAnswers());

        Assert.Equal(RiskLevel.Low, result.Level);
        Assert.Equal(0, result.Score);
        Assert.Equal("before_you_go", result.NextStep);
    }

    [Fact]
    public void Not_sure_answers_never_raise_the_level()
    {
        var unsure = new ScreeningAnswers
        {
            Recruiter = RecruiterType.NotSure,
            FeeAskedBy = FeePayee.NotSure,
            PassportKeptBy = PassportHolder.NotSure,
            WagesPaid = WagePayment.NotSure,
            Crossing = BorderCrossing.NotSure,
            Sector = "something typed that is not a sector",
            Destination = "somewhere",
            Age = 0,
            Intermediaries = -3,
        };

        var result = Model.Screen(unsure);

        Assert.Equal(RiskLevel.Low, result.Level);
        Assert.Empty(result.Indicators);
    }

    [Fact]
    public void Adding_unknown_answers_to_a_risky_offer_does_not_change_its_result()
    {
        var risky = new ScreeningAnswers { Recruiter = RecruiterType.UnlicensedBroker, WrittenContract = false };
        var withUnknowns = risky with { PassportKeptBy = PassportHolder.NotSure, Crossing = BorderCrossing.NotSure, Age = null };

        Assert.Equal(Model.Screen(risky), Model.Screen(withUnknowns), ScreeningResultComparer.Instance);
    }

    [Fact]
    public void A_passport_kept_by_the_employer_alone_advises_not_to_hand_it_over()
    {
        var result = Model.Screen(LicensedAgencyOffer with { PassportKeptBy = PassportHolder.Employer });

        Assert.Equal(RiskLevel.Caution, result.Level);
        Assert.Equal("keep_passport", result.NextStep);
    }

    [Fact]
    public void An_unlicensed_broker_alone_advises_checking_the_agency()
    {
        var result = Model.Screen(LicensedAgencyOffer with { Recruiter = RecruiterType.UnlicensedBroker });

        Assert.Equal(RiskLevel.Caution, result.Level);
        Assert.Equal("check_agency", result.NextStep);
    }

    [Fact]
    public void A_tourist_visa_crossing_points_to_the_legal_route()
    {
        var result = Model.Screen(LicensedAgencyOffer with { Crossing = BorderCrossing.TouristVisa });

        Assert.Equal(RiskLevel.Caution, result.Level);
        Assert.Equal("legal_route", result.NextStep);
    }

    [Fact]
    public void A_contract_that_is_not_in_khmer_is_a_sign_but_a_missing_contract_is_not_counted_twice()
    {
        var notKhmer = Model.Screen(LicensedAgencyOffer with { ContractInKhmer = false });
        var none = Model.Screen(LicensedAgencyOffer with { WrittenContract = false, ContractInKhmer = false });

        Assert.Equal([IndicatorIds.ContractNotInKhmer], notKhmer.Indicators);
        Assert.Equal([IndicatorIds.NoWrittenContract], none.Indicators);
    }

    [Fact]
    public void At_most_three_reasons_are_given_heaviest_first()
    {
        var result = Model.Screen(new ScreeningAnswers
        {
            Recruiter = RecruiterType.Online,
            Intermediaries = 3,
            FeeAskedBy = FeePayee.Broker,
            FeeBeforeContract = true,
            LoanFromWages = true,
            WagesPaid = WagePayment.ThroughBroker,
            TooGoodPromises = true,
        });

        Assert.Equal(3, result.TopReasons.Count);
        var weights = result.TopReasons.Select(id => Model.FindIndicator(id)!.Weight).ToList();
        Assert.Equal(weights.OrderDescending(), weights);
        Assert.Equal(7, result.Indicators.Count);
    }

    [Fact]
    public void A_brokered_marriage_alone_is_high_risk()
    {
        Assert.Equal(RiskLevel.High, Model.Screen(new ScreeningAnswers { BrokeredMarriage = true }).Level);
    }

    [Fact]
    public void Every_detectable_sign_is_weighted_in_the_shipped_content()
    {
        Assert.Equal(IndicatorIds.All.Order(), Model.Indicators.Select(i => i.Id).Order());
    }

    private sealed class ScreeningResultComparer : IEqualityComparer<ScreeningResult>
    {
        public static readonly ScreeningResultComparer Instance = new();

        public bool Equals(ScreeningResult? x, ScreeningResult? y) =>
            x is not null && y is not null && x.Level == y.Level && x.Score == y.Score && x.NextStep == y.NextStep
            && x.TopReasons.SequenceEqual(y.TopReasons) && x.Indicators.SequenceEqual(y.Indicators);

        public int GetHashCode(ScreeningResult obj) => obj.Score;
    }
}
