using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Hotline.Storage.Identity;

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 30-second steps, 6 digits, which is
/// what every authenticator app defaults to. A code from the step before or after is accepted too (clock drift
/// between a phone and the server), and a step already used is refused, so an overheard code cannot be replayed.
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;
    public const int Digits = 6;
    public const int SecretBytes = 20; // RFC 4226 recommends 160 bits for HMAC-SHA1

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretBytes);

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The code for a time step (RFC 4226 dynamic truncation).</summary>
    public static string Code(byte[] secret, long step, int digits = Digits, HashAlgorithmName? algorithm = null)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var name = algorithm ?? HashAlgorithmName.SHA1;
        byte[] mac = name == HashAlgorithmName.SHA256 ? HMACSHA256.HashData(secret, counter)
            : name == HashAlgorithmName.SHA512 ? HMACSHA512.HashData(secret, counter)
            : HMACSHA1.HashData(secret, counter);
        var offset = mac[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(mac.AsSpan(offset, 4)) & 0x7fffffff) % (int)Math.Pow(10, digits);
        return binary.ToString().PadLeft(digits, '0');
    }

    /// <summary>The step a code matches (now, one before or one after), or null. Steps up to
    /// <paramref name="lastUsedStep"/> are refused: each code works once.</summary>
    public static long? Match(byte[] secret, string? code, DateTimeOffset now, long lastUsedStep)
    {
        var typed = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (typed.Length != Digits) return null;
        var current = StepAt(now);
        for (var step = current - 1; step <= current + 1; step++)
        {
            if (step <= lastUsedStep) continue;
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(secret, step)), System.Text.Encoding.ASCII.GetBytes(typed)))
                return step;
        }
        return null;
    }

    /// <summary>The otpauth:// URI an authenticator app scans (as a QR code) or accepts pasted.</summary>
    public static string OtpAuthUri(string issuer, string account, byte[] secret) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={Base32.Encode(secret)}"
        + $"&issuer={Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={Digits}&period={StepSeconds}";
}
