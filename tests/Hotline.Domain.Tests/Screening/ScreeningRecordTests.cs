using Hotline.Domain.Screening;

namespace Hotline.Domain.Tests.Screening;

public sealed class ScreeningRecordTests
{
    [Fact]
    public void A_screening_record_keeps_destination_sector_signs_level_and_province_only()
    {
        var answers = new ScreeningAnswers
        {
            Destination = "thailand",
            Sector = "deep_sea_fishing",
            Province = "KH-1",
            Age = 34,
            Recruiter = RecruiterType.UnlicensedBroker,
            PassportKeptBy = PassportHolder.Broker,
        };
        var result = ShippedScreening.Model.Screen(answers);

        var record = ScreeningRecord.From(answers, result);

        Assert.Equal(new ScreeningRecord("thailand", "deep_sea_fishing", record.Indicators, RiskLevel.High, "KH-1"), record);
        Assert.Equal([IndicatorIds.HighRiskSector, IndicatorIds.PassportKept, IndicatorIds.UnlicensedBroker], record.Indicators);
        Assert.Equal(5, typeof(ScreeningRecord).GetProperties().Length);
    }

    [Theory]
    [InlineData("My boss is Mr Sok 012 345 678")]
    [InlineData("Thailand")]
    [InlineData("")]
    public void Text_that_is_not_a_content_key_never_reaches_the_record(string typed)
    {
        var answers = new ScreeningAnswers { Destination = typed, Sector = typed, Province = typed };

        var record = ScreeningRecord.From(answers, ShippedScreening.Model.Screen(answers));

        Assert.Null(record.Destination);
        Assert.Null(record.Sector);
        Assert.Null(record.Province);
    }

    [Theory]
    [InlineData("KH-12", true)]
    [InlineData("KH-25", true)]
    [InlineData("KH-26", false)]
    [InlineData("KH-0", false)]
    public void Only_real_province_codes_are_kept(string code, bool kept)
    {
        var answers = new ScreeningAnswers { Province = code };

        Assert.Equal(kept ? code : null, ScreeningRecord.From(answers, ShippedScreening.Model.Screen(answers)).Province);
    }
}
