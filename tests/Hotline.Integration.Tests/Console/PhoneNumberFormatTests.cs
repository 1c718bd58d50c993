using Hotline.Storage.Admin;

namespace Hotline.Integration.Tests.StaffConsole;

/// <summary>The revealed number is written for a person to read out or dial.</summary>
public sealed class PhoneNumberFormatTests
{
    [Theory]
    [InlineData("sms:+85512345678", "+855 12 345 678")]
    [InlineData("+85512345678", "+855 12 345 678")]
    [InlineData("+855971234567", "+855 97 123 4567")]
    [InlineData("+66812345678", "+66 81 234 5678")]
    [InlineData("+60123456789", "+60 12 345 6789")]
    [InlineData("+821012345678", "+82 10 123 456 78")]
    [InlineData("whatsapp:+85512345678", "+855 12 345 678 (WhatsApp)")]
    [InlineData("web:3f2a", "web:3f2a")]
    public void A_revealed_number_shows_the_country_code_and_the_national_number_in_groups(string stored, string shown) =>
        Assert.Equal(shown, PhoneNumbers.Format(stored));
}
