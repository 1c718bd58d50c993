using Hotline.Domain.Language;

namespace Hotline.Domain.Tests.Language;

public sealed class TextNormaliserTests
{
    public static TheoryData<string?> Hostile => new()
    {
        null, "", " ", "\0", "\uD800", "\uDC00x", "a\uD83D", "😀😀😀", "\u200B\u200C\u200D\uFEFF\u00AD\u2060", "\u17B4\u17B5",
        "\u0001\u0002\u001F\u007F", "e\u0301\u0301\u0301", "្្្", "ៗៗ", "\u17D2ក", "ា", new string('x', 10_000),
        string.Concat(Enumerable.Repeat("ខ្ញុំ\u200B😀១២ ", 1_000)), "+", "$", "1.", ".1", "--1--", "a'", "'a",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Any_input_is_normalised_without_throwing(string? raw)
    {
        var text = TextNormaliser.Normalise(raw);
        Assert.Equal(raw ?? "", text.Original);
        Assert.DoesNotContain('\u200B', text.Clean);
        Assert.Equal(text.Clean.Trim(), text.Clean);
        Assert.DoesNotContain("  ", text.Key);
        foreach (var c in text.Clean) Assert.False(char.IsSurrogate(c) && !IsPaired(text.Clean, c), "lone surrogate left in Clean");
    }

    private static bool IsPaired(string s, char c)
    {
        var i = s.IndexOf(c);
        return char.IsHighSurrogate(c) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) : i > 0 && char.IsHighSurrogate(s[i - 1]);
    }

    [Fact]
    public void Invisible_characters_are_gone_from_the_clean_text()
    {
        var text = TextNormaliser.Normalise("\uFEFFខ្ញុំ\u200Bចង់\u200Cទៅ\u00AD\u2060ផ្ទះ\u17B4");
        Assert.Equal("ខ្ញុំចង់ទៅផ្ទះ", text.Clean);
    }

    [Fact]
    public void Whitespace_runs_become_one_space_and_ends_are_trimmed()
        => Assert.Equal("I need help", TextNormaliser.Normalise("  I\t\tneed \n\n help \u00A0").Clean);

    [Fact]
    public void A_lone_surrogate_is_replaced_so_the_text_can_be_stored()
        => Assert.Equal("a\uFFFDb", TextNormaliser.Normalise("a\uD800b").Clean);

    [Fact]
    public void Clean_text_is_composed_to_NFC()
        => Assert.Equal("caf\u00E9", TextNormaliser.Normalise("cafe\u0301").Clean);

    [Fact]
    public void Plain_ascii_replies_are_not_copied()
    {
        const string reply = "yes please";
        Assert.Same(reply, TextNormaliser.Normalise(reply).Clean);
        Assert.Same(reply, TextNormaliser.Normalise(reply).Key);
    }

    [Theory]
    [InlineData("១២៣", "123")]
    [InlineData("๑๒", "12")]
    [InlineData("٣", "3")]
    [InlineData("໒", "2")]
    [InlineData("YES!!!", "yes")]
    [InlineData("Yeeees", "yes")]
    [InlineData("Baat", "baat")]
    [InlineData("Café Ñandú", "cafe nandu")]
    [InlineData("don't", "dont")]
    [InlineData("m'phei", "mphei")]
    [InlineData("twenty-five", "twenty five")]
    [InlineData("1,000", "1,000")]
    [InlineData("12/3/2026", "12/3/2026")]
    [InlineData("+855 12 345 678", "+855 12 345 678")]
    [InlineData("$300", "$300")]
    [InlineData("50000៛", "50000៛")]
    [InlineData("ok 👍🏽", "ok")]
    [InlineData("3️⃣", "3")]
    [InlineData("hello, world.", "hello world")]
    [InlineData("ចាស។", "ចាស")]
    [InlineData("បាទ ៖ ជួយផង ៕", "បាទ ជួយផង")]
    public void The_key_folds_what_does_not_matter_for_matching(string raw, string key)
        => Assert.Equal(key, TextNormaliser.Key(raw));

    [Theory]
    [InlineData("ចាស៎", "ចាស")]                     // kakabat after the word
    [InlineData("ចា៎ស", "ចាស")]                     // kakabat in the middle
    [InlineData("ប្ដី", "ប្តី")]                       // subscript DA and TA look the same
    [InlineData("កណ្ដាល", "កណ្តាល")]
    [InlineData("ក\u17C1\u17B8", "ក\u17BE")]          // េ + ី typed for ើ
    [InlineData("ក\u17C1\u17B6", "ក\u17C4")]          // េ + ា typed for ោ
    [InlineData("ញ\u17C6\u17BB", "ញ\u17BB\u17C6")]    // ំ before ុ
    [InlineData("ប្រ\u17C6\u17B6", "ប្រ\u17B6\u17C6")] // ំ before ា
    [InlineData("ស្រ្ត", "ស្ត្រ")]                     // subscript RO goes last
    [InlineData("ក\u17BB\u17BB", "ក\u17BB")]          // doubled vowel sign
    [InlineData("ក\u17D2\u17D2ក", "ក\u17D2ក")]        // doubled coeng
    [InlineData("\u17A3", "\u17A2")]                  // deprecated ឣ
    [InlineData("\u17A4", "\u17A2\u17B6")]            // deprecated ឤ
    [InlineData("ឱ្យ", "ឲ្យ")]                       // two spellings of "to give"
    [InlineData("ប៉ូលីស", "ប៉ូលិស")]                  // two spellings of "police"
    [InlineData("ខែត្រ", "ខេត្ត")]                    // old spelling of "province"
    [InlineData("ដុល្លា", "ដុល្លារ")]
    [InlineData("ដុល្លារ", "ដុល្លារ")]
    [InlineData("ខ\u17B4្ញុំ", "ខ្ញុំ")]                // invisible inherent vowel
    [InlineData("ប៉ុន", "ប៉ុន")]                      // register shifter before the vowel stays
    [InlineData("ប\u17BB\u17C9ន", "ប\u17C9\u17BBន")]  // …and is moved there when typed after it
    public void Khmer_spellings_that_look_the_same_get_the_same_key(string raw, string key)
        => Assert.Equal(key, TextNormaliser.Key(raw));

    [Theory]
    [InlineData("hello", Script.Latin)]
    [InlineData("ជួយ", Script.Khmer)]
    [InlineData("១២", Script.Khmer)]
    [InlineData("ផ្ញើ STOP", Script.Mixed)]
    [InlineData("123", Script.None)]
    [InlineData("😀", Script.None)]
    [InlineData("", Script.None)]
    [InlineData("\u19E0", Script.Khmer)]
    public void The_script_is_read_from_the_khmer_blocks(string raw, Script script)
        => Assert.Equal(script, TextNormaliser.Normalise(raw).Script);
}
