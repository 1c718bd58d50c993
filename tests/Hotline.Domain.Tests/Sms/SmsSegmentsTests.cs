using Hotline.Domain.Sms;

namespace Hotline.Domain.Tests.Sms;

/// <summary>
/// Expected values are the output of Twilio's segment calculator (sms-segments-calculator 1.3.0):
/// the table in the provider reference, then Khmer texts measured with the same package.
/// </summary>
public sealed class SmsSegmentsTests
{
    private const string Sentence = "សួស្តី! ខ្ញុំត្រូវការជំនួយ។";

    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void Latin_text_is_gsm7_with_160_then_153_septets_per_segment(int length, int segments)
    {
        Assert.Equal(new SmsCost(SmsEncoding.Gsm7, segments, length), SmsSegments.Measure(new string('a', length)));
    }

    [Fact]
    public void Long_latin_text_splits_153_then_the_rest()
    {
        Assert.Equal([153, 8], SmsSegments.Split(new string('a', 161)).Select(s => s.Length));
        Assert.Equal([153, 153, 1], SmsSegments.Split(new string('a', 307)).Select(s => s.Length));
    }

    [Fact]
    public void Euro_sign_costs_two_septets_and_still_fits_one_segment_at_160()
    {
        Assert.Equal(new SmsCost(SmsEncoding.Gsm7, 1, 160), SmsSegments.Measure(new string('a', 158) + "€"));
    }

    [Fact]
    public void Euro_sign_costing_161_septets_needs_two_segments()
    {
        Assert.Equal(new SmsCost(SmsEncoding.Gsm7, 2, 161), SmsSegments.Measure(new string('a', 159) + "€"));
    }

    [Fact]
    public void Extension_character_is_not_split_from_its_escape_across_segments()
    {
        var parts = SmsSegments.Split(new string('a', 152) + "€" + new string('a', 10));

        Assert.Equal([new string('a', 152), "€" + new string('a', 10)], parts);
    }

    [Fact]
    public void Every_extension_character_costs_two_septets()
    {
        Assert.Equal(new SmsCost(SmsEncoding.Gsm7, 1, 20), SmsSegments.Measure("^{}\\[~]|\f€"));
    }

    [Fact]
    public void Every_basic_gsm7_character_costs_one_septet()
    {
        const string basic = "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!\"#¤%&'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà\n\r 0123456789AZaz";

        Assert.Equal(new SmsCost(SmsEncoding.Gsm7, 1, basic.Length), SmsSegments.Measure(basic));
    }

    [Theory]
    [InlineData("a`b")]
    [InlineData("It’s ok “yes”")]
    [InlineData("ça va")]
    public void One_character_outside_gsm7_makes_the_whole_text_ucs2(string text)
    {
        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.Measure(text).Encoding);
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Khmer_is_ucs2_with_70_then_67_units_per_segment(int length, int segments)
    {
        Assert.Equal(new SmsCost(SmsEncoding.Ucs2, segments, length), SmsSegments.Measure(new string('ក', length)));
    }

    [Fact]
    public void Long_khmer_text_splits_67_then_the_rest()
    {
        Assert.Equal([67, 4], SmsSegments.Split(new string('ក', 71)).Select(s => s.Length));
        Assert.Equal([67, 67, 1], SmsSegments.Split(new string('ក', 135)).Select(s => s.Length));
    }

    [Fact]
    public void One_khmer_letter_turns_latin_text_into_a_70_unit_message()
    {
        Assert.Equal(new SmsCost(SmsEncoding.Ucs2, 1, 70), SmsSegments.Measure(new string('a', 69) + "ក"));
    }

    [Fact]
    public void Thirty_five_emoji_fill_one_segment()
    {
        Assert.Equal(new SmsCost(SmsEncoding.Ucs2, 1, 70), SmsSegments.Measure(string.Concat(Enumerable.Repeat("😀", 35))));
    }

    [Fact]
    public void Thirty_six_emoji_split_66_and_6_because_a_surrogate_pair_is_never_cut()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 36));

        Assert.Equal(new SmsCost(SmsEncoding.Ucs2, 2, 72), SmsSegments.Measure(text));
        Assert.Equal([66, 6], SmsSegments.Split(text).Select(s => s.Length));
    }

    [Fact]
    public void Emoji_that_does_not_fit_moves_to_the_next_segment()
    {
        var parts = SmsSegments.Split(new string('ក', 133) + "😀");

        Assert.Equal([67, 66, 2], parts.Select(s => s.Length));
        Assert.Equal("😀", parts[2]);
    }

    [Fact]
    public void Khmer_greeting_is_one_segment()
    {
        Assert.Equal(new SmsCost(SmsEncoding.Ucs2, 1, 27), SmsSegments.Measure(Sentence));
    }

    [Fact]
    public void Khmer_sentence_five_times_splits_at_grapheme_boundaries()
    {
        var text = string.Concat(Enumerable.Repeat(Sentence + " ", 5));

        Assert.Equal(new SmsCost(SmsEncoding.Ucs2, 3, 140), SmsSegments.Measure(text));
        Assert.Equal([66, 67, 7], SmsSegments.Split(text).Select(s => s.Length));
    }

    [Fact]
    public void Khmer_cluster_that_would_straddle_a_boundary_costs_an_extra_segment()
    {
        // 134 units would fill exactly two segments, but "ស្ត្រី" clusters cannot be cut.
        var text = new string('ក', 62) + string.Concat(Enumerable.Repeat("ស្ត្រី", 12));

        Assert.Equal(new SmsCost(SmsEncoding.Ucs2, 3, 134), SmsSegments.Measure(text));
        Assert.Equal([66, 66, 2], SmsSegments.Split(text).Select(s => s.Length));
    }

    [Fact]
    public void Khmer_request_for_help_about_a_passport_is_two_segments()
    {
        const string text = "ខ្ញុំត្រូវបានគេសន្យាថានឹងផ្តល់ការងារនៅប្រទេសថៃ ប៉ុន្តែភ្នាក់ងារបានយកលិខិតឆ្លងដែនរបស់ខ្ញុំ ហើយមិនព្រមប្រគល់វិញទេ។ តើខ្ញុំគួរធ្វើអ្វី?";

        Assert.Equal(new SmsCost(SmsEncoding.Ucs2, 2, 132), SmsSegments.Measure(text));
        Assert.Equal([67, 65], SmsSegments.Split(text).Select(s => s.Length));
    }

    [Fact]
    public void Khmer_with_latin_digits_and_an_emoji_is_one_segment()
    {
        Assert.Equal(new SmsCost(SmsEncoding.Ucs2, 1, 47), SmsSegments.Measure("Call 1280 ឬ ផ្ញើសារ HELP ទៅលេខនេះ។ 😀 សូមអរគុណ!"));
    }

    [Fact]
    public void Empty_text_is_one_segment_of_nothing()
    {
        Assert.Equal(new SmsCost(SmsEncoding.Gsm7, 1, 0), SmsSegments.Measure(""));
        Assert.Equal([""], SmsSegments.Split(""));
    }

    [Fact]
    public void Split_parts_join_back_into_the_original_text()
    {
        var text = string.Concat(Enumerable.Repeat(Sentence + " 😀 ", 9));

        Assert.Equal(text, string.Concat(SmsSegments.Split(text)));
    }
}
