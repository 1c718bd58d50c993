using System.Security.Cryptography;
using System.Text;

namespace Hotline.Storage.Admin;

/// <summary>
/// The responder's SMS PIN, stored as PBKDF2-HMAC-SHA256 (100,000 iterations, 16-byte random salt) in
/// <c>responders.pin_hash</c>. Layout: version (1) | salt (16) | derived key (32). A PIN has few digits, so the
/// stretching is what makes a stolen column expensive to search; the PIN itself is never stored or returned.
/// </summary>
public static class ResponderPin
{
    private const byte Version = 1;
    private const int Iterations = 100_000;
    private const int SaltSize = 16;
    private const int KeySize = 32;

    public static byte[] Hash(string pin)
    {
        var output = new byte[1 + SaltSize + KeySize];
        output[0] = Version;
        var salt = output.AsSpan(1, SaltSize);
        RandomNumberGenerator.Fill(salt);
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pin), salt, output.AsSpan(1 + SaltSize), Iterations, HashAlgorithmName.SHA256);
        return output;
    }

    /// <summary>True when <paramref name="pin"/> matches the stored hash; compared in fixed time.</summary>
    public static bool Verify(string pin, byte[]? stored)
    {
        if (stored is null || stored.Length != 1 + SaltSize + KeySize || stored[0] != Version) return false;
        Span<byte> derived = stackalloc byte[KeySize];
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pin), stored.AsSpan(1, SaltSize), derived, Iterations, HashAlgorithmName.SHA256);
        return CryptographicOperations.FixedTimeEquals(derived, stored.AsSpan(1 + SaltSize));
    }
}
