using System.Security.Cryptography;
using System.Text;
using Hotline.Storage.Identity;

namespace Hotline.Integration.Tests.StaffConsole;

public sealed class TotpTests
{
    private static readonly byte[] Sha1Seed = Encoding.ASCII.GetBytes("12345678901234567890");
    private static readonly byte[] Sha256Seed = Encoding.ASCII.GetBytes("12345678901234567890123456789012");
    private static readonly byte[] Sha512Seed = Encoding.ASCII.GetBytes("1234567890123456789012345678901234567890123456789012345678901234");

    // RFC 6238 Appendix B: 8-digit codes at these Unix times for each hash.
    [Theory]
    [InlineData(59L, "94287082", "46119246", "90693936")]
    [InlineData(1111111109L, "07081804", "68084774", "25091201")]
    [InlineData(1111111111L, "14050471", "67062674", "99943326")]
    [InlineData(1234567890L, "89005924", "91819424", "93441116")]
    [InlineData(2000000000L, "69279037", "90698825", "38618901")]
    [InlineData(20000000000L, "65353130", "77737706", "47863826")]
    public void Codes_match_the_rfc_6238_test_vectors(long unixTime, string sha1, string sha256, string sha512)
    {
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixTime));
        Assert.Equal(sha1, Totp.Code(Sha1Seed, step, 8));
        Assert.Equal(sha256, Totp.Code(Sha256Seed, step, 8, HashAlgorithmName.SHA256));
        Assert.Equal(sha512, Totp.Code(Sha512Seed, step, 8, HashAlgorithmName.SHA512));
    }

    [Fact]
    public void A_code_from_one_step_before_or_after_is_accepted_and_two_steps_away_is_not()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var step = Totp.StepAt(now);
        Assert.Equal(step - 1, Totp.Match(Sha1Seed, Totp.Code(Sha1Seed, step - 1), now, 0));
        Assert.Equal(step + 1, Totp.Match(Sha1Seed, Totp.Code(Sha1Seed, step + 1), now, 0));
        Assert.Null(Totp.Match(Sha1Seed, Totp.Code(Sha1Seed, step - 2), now, 0));
        Assert.Null(Totp.Match(Sha1Seed, Totp.Code(Sha1Seed, step + 2), now, 0));
    }

    [Fact]
    public void A_code_whose_step_was_already_used_is_refused()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var code = Totp.Code(Sha1Seed, Totp.StepAt(now));
        Assert.NotNull(Totp.Match(Sha1Seed, code, now, 0));
        Assert.Null(Totp.Match(Sha1Seed, code, now, Totp.StepAt(now)));
    }

    [Fact]
    public void Secret_is_written_in_base32_in_an_otpauth_uri_an_authenticator_app_reads()
    {
        Assert.Equal("MZXW6YTBOI", Base32.Encode("foobar"u8));
        Assert.Equal("foobar"u8.ToArray(), Base32.Decode("MZXW6YTBOI"));
        var uri = Totp.OtpAuthUri("Hotline", "dara@example.org", Sha1Seed);
        Assert.Equal("otpauth://totp/Hotline:dara%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Hotline&algorithm=SHA1&digits=6&period=30", uri);
    }

    [Fact]
    public void Password_hash_is_pbkdf2_with_a_salt_and_verifies_only_the_same_password()
    {
        var first = StaffPassword.Hash("correct horse battery staple");
        var second = StaffPassword.Hash("correct horse battery staple");
        Assert.NotEqual(first, second);
        Assert.True(StaffPassword.Verify("correct horse battery staple", first));
        Assert.False(StaffPassword.Verify("correct horse battery stapler", first));
        Assert.False(StaffPassword.Verify("anything", null));
        Assert.True(StaffPassword.Iterations >= 210_000);
    }
}
