using Hotline.Domain.Cases;

namespace Hotline.Domain.Tests.Cases;

public sealed class ShortCodeTests
{
    [Fact]
    public void The_alphabet_has_32_characters_and_none_of_0_o_1_i()
    {
        Assert.Equal(32, ShortCode.Alphabet.Distinct().Count());
        Assert.DoesNotContain('0', ShortCode.Alphabet);
        Assert.DoesNotContain('O', ShortCode.Alphabet);
        Assert.DoesNotContain('1', ShortCode.Alphabet);
        Assert.DoesNotContain('I', ShortCode.Alphabet);
    }

    [Theory]
    [InlineData(0UL, 4, "2222")]
    [InlineData(31UL, 4, "Z222")]
    [InlineData(32UL, 4, "2322")]
    [InlineData(ulong.MaxValue, 6, "ZZZZZZ")]
    public void The_same_seed_gives_the_same_case_code(ulong seed, int length, string expected)
    {
        Assert.Equal(expected, ShortCode.From(seed, length));
    }

    [Fact]
    public void Case_codes_from_many_seeds_are_valid_and_parse_back()
    {
        for (ulong seed = 1; seed < 5_000_000; seed += 9_973)
        {
            var code = ShortCode.From(seed * 2_654_435_761UL, 4 + (int)(seed % 3));

            Assert.True(ShortCode.IsCaseCode(code), code);
            Assert.Equal(code, ResponderCommandParser.Parse("ACK " + code.ToLowerInvariant())?.CaseCode);
        }
    }

    [Theory]
    [InlineData(5821UL, 4, "1285")]
    [InlineData(7UL, 6, "700000")]
    public void Page_codes_are_digits(ulong seed, int length, string expected)
    {
        Assert.Equal(expected, ShortCode.Digits(seed, length));
        Assert.True(ShortCode.IsDigitCode(expected));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    public void Case_codes_are_four_to_six_characters(int length)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ShortCode.From(1, length));
    }
}
