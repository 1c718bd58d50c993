using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.Tests.Language.Recognisers;

public sealed class PhoneCountryTests
{
    [Theory]
    [InlineData("+855123456789", "KH")]
    [InlineData("+66812345678", "TH")]
    [InlineData("+60123456789", "MY")]
    [InlineData("+821012345678", "KR")]
    [InlineData("+819012345678", "JP")]
    [InlineData("+84912345678", "VN")]
    [InlineData("+8613812345678", "CN")]
    [InlineData("+886912345678", "TW")]
    [InlineData("+6591234567", "SG")]
    [InlineData("+966501234567", "SA")]
    public void The_country_of_an_international_number_is_known(string e164, string country)
        => Assert.Equal(country, PhoneRecogniser.CountryOf(e164));

    [Theory]
    [InlineData("")]
    [InlineData("855123456789")]
    [InlineData("+")]
    [InlineData("+85a")]
    [InlineData("+999123456")]
    public void Anything_that_is_not_an_international_number_has_no_country(string e164)
        => Assert.Null(PhoneRecogniser.CountryOf(e164));

    [Fact]
    public void A_number_valid_in_both_Cambodia_and_Thailand_goes_to_the_senders_country_with_less_confidence()
    {
        var text = TextNormaliser.Normalise("0881234567");
        var asKh = PhoneRecogniser.Recognise(text, "KH")!.Value;
        var asTh = PhoneRecogniser.Recognise(text, "TH")!.Value;
        Assert.Equal(new PhoneNumber("+855881234567", "KH"), asKh.Value);
        Assert.Equal(new PhoneNumber("+66881234567", "TH"), asTh.Value);
        Assert.True(asKh.Confidence < 0.95);
    }
}
