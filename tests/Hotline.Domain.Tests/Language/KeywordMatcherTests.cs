using Hotline.Domain.Language;

namespace Hotline.Domain.Tests.Language;

public sealed class KeywordMatcherTests
{
    private static bool Exactly(string message, string keyword) => KeywordMatcher.IsExactly(TextNormaliser.Normalise(message), TextNormaliser.Key(keyword));
    private static bool Contains(string message, string phrase) => KeywordMatcher.Contains(TextNormaliser.Normalise(message), TextNormaliser.Key(phrase));

    [Theory]
    [InlineData("STOP", "stop")]
    [InlineData(" Stop! ", "stop")]
    [InlineData("\u200Bstop\u200B", "stop")]
    [InlineData("ឈប់", "ឈប់")]
    [InlineData("ឈប់។", "ឈប់")]
    [InlineData("ឈប់ ផ្ញើ", "ឈប់ផ្ញើ")]
    [InlineData("ឈប់ផ្ញើ", "ឈប់ ផ្ញើ")]
    [InlineData("Opt out", "opt out")]
    public void A_message_that_is_only_the_keyword_matches_exactly(string message, string keyword)
        => Assert.True(Exactly(message, keyword));

    [Theory]
    [InlineData("please stop", "stop")]
    [InlineData("stopped", "stop")]
    [InlineData("ឈប់សម្រាក", "ឈប់")]   // "take a day off" is not STOP
    [InlineData("", "stop")]
    [InlineData("stop", "")]
    public void A_message_with_more_than_the_keyword_does_not_match_exactly(string message, string keyword)
        => Assert.False(Exactly(message, keyword));

    [Theory]
    [InlineData("I am in danger please help", "danger")]
    [InlineData("DANGER!!!", "danger")]
    [InlineData("they beat me, help me", "help me")]
    [InlineData("he took my passport", "took my passport")]
    [InlineData("ខ្ញុំមានគ្រោះថ្នាក់", "គ្រោះថ្នាក់")]
    [InlineData("ប៉ូលីសចាប់ខ្ញុំ", "ប៉ូលិស")]
    [InlineData("ជួយ​ខ្ញុំ​ផង", "ជួយខ្ញុំ")]
    [InlineData("ជួយ ខ្ញុំ ផង", "ជួយខ្ញុំផង")]
    [InlineData("som jouy knhom phong", "jouy")]
    [InlineData("ចាស៎ ជួយផង", "ចាស")]
    [InlineData("call 117 now", "117")]
    public void A_phrase_is_found_inside_a_longer_message(string message, string phrase)
        => Assert.True(Contains(message, phrase));

    [Theory]
    [InlineData("dangerous work", "danger")]      // Latin words match whole
    [InlineData("helpful", "help")]
    [InlineData("help the children", "help me")]
    [InlineData("ចាស់ហើយ", "ចាស")]                // "old" is not "yes": the match would end inside a syllable
    [InlineData("ស្ត្រី", "ត្រី")]                  // a subscript is not the start of a word
    [InlineData("1170", "117")]
    [InlineData("", "help")]
    public void A_phrase_is_not_found_inside_another_word(string message, string phrase)
        => Assert.False(Contains(message, phrase));
}
