using Hotline.Domain.Cases;
using Hotline.Domain.Sms;

namespace Hotline.Domain.Tests.Cases;

public sealed class PageTextTests
{
    public static TheoryData<CaseKind, string> KindsAndLanguages()
    {
        var data = new TheoryData<CaseKind, string>();
        foreach (var kind in Enum.GetValues<CaseKind>())
        foreach (var language in EmergencyContacts.LanguageForms)
            data.Add(kind, language);
        return data;
    }

    [Fact]
    public void An_english_urgent_page_says_what_it_is_and_how_to_take_it_and_reply()
    {
        var text = PageText.For(CaseKind.Urgent, "K7Q4", "5821", "wage_claim", "KH-12", "en");

        Assert.Equal("URGENT K7Q4 wage_claim KH-12. Take it: ACK K7Q4 5821 Reply: R K7Q4 your text. Decline: PASS K7Q4 5821", text);
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void The_longest_page_fits_two_sms_segments(CaseKind kind, string language)
    {
        var text = PageText.For(kind, "HJ3MWZ", "12345678", "vocational_training", "KH-25", language);

        Assert.True(SmsSegments.Measure(text).Segments <= 2, $"{SmsSegments.Measure(text)}: {text}");
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void Every_page_carries_the_ack_line_with_case_and_page_code(CaseKind kind, string language)
    {
        var text = PageText.For(kind, "K7Q4", "5821", "medical", "KH-2", language);

        Assert.Contains("ACK K7Q4 5821", text);
        Assert.Contains("R K7Q4", text);
    }

    [Theory]
    [InlineData("they locked me in the room at 0812345678")]
    [InlineData("គេវាយខ្ញុំ")]
    [InlineData("wage claim")]
    [InlineData("+66812345678")]
    public void A_need_or_province_that_is_not_a_plain_code_is_left_out_so_a_persons_words_never_reach_a_page(string leaked)
    {
        var text = PageText.For(CaseKind.Urgent, "K7Q4", "5821", leaked, leaked, "en");

        Assert.DoesNotContain(leaked, text);
        Assert.StartsWith("URGENT K7Q4. Take it", text);
    }

    [Fact]
    public void A_country_code_is_shown_for_a_person_still_abroad()
    {
        Assert.Contains("medical TH.", PageText.For(CaseKind.Help, "K7Q4", "5821", "medical", "TH", "en"));
    }

    [Theory]
    [InlineData("K0Q4", "5821")]
    [InlineData("K7Q4", "58A1")]
    [InlineData("K7Q4", "12")]
    public void A_malformed_case_or_page_code_is_a_programming_error(string caseCode, string pageCode)
    {
        Assert.Throws<ArgumentException>(() => PageText.For(CaseKind.Urgent, caseCode, pageCode, null, null, "en"));
    }

    [Fact]
    public void The_page_code_in_the_page_parses_back_as_the_credential_of_the_ack()
    {
        var page = PageText.For(CaseKind.Urgent, "K7Q4", "5821", null, null, "km");
        var ackLine = page[page.IndexOf("ACK", StringComparison.Ordinal)..].Split(' ').Take(3);

        var command = ResponderCommandParser.Parse(string.Join(' ', ackLine));

        Assert.Equal(new ResponderCommand(ResponderCommandKind.Ack, "K7Q4", "5821", null), command);
    }

    [Theory]
    [InlineData("km")]
    [InlineData("km-Latn")]
    [InlineData("en")]
    public void Responder_texts_fit_one_segment(string language)
    {
        string[] texts =
        [
            ResponderTexts.Usage(language),
            ResponderTexts.CredentialNeeded(language),
            ResponderTexts.AlreadyTaken("HJ3MWZ", language),
            ResponderTexts.Acknowledged("HJ3MWZ", language),
        ];

        Assert.All(texts, t => Assert.True(SmsSegments.Measure(t).Segments <= 1, t));
        Assert.True(SmsSegments.Measure(ResponderTexts.Help(language)).Segments <= 2);
    }
}
