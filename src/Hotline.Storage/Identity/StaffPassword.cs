using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Hotline.Storage.Identity;

/// <summary>
/// Staff passwords as PBKDF2-HMAC-SHA256 with a random 16-byte salt. The iteration count is stored in the hash, so
/// it can be raised later without breaking existing accounts. Layout: version (1) | iterations (4, big-endian) |
/// salt (16) | hash (32).
/// </summary>
public static class StaffPassword
{
    /// <summary>OWASP's figure for PBKDF2-HMAC-SHA256 (2023): one guess costs a fraction of a second here too.</summary>
    public const int Iterations = 600_000;

    private const byte Version = 1;
    private const int SaltSize = 16;
    private const int HashSize = 32;

    // Verified when the email is unknown, so a wrong address takes as long as a wrong password (no enumeration by timing).
    private static readonly byte[] Decoy = Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));

    public static byte[] Hash(string password)
    {
        var output = new byte[1 + 4 + SaltSize + HashSize];
        output[0] = Version;
        BinaryPrimitives.WriteInt32BigEndian(output.AsSpan(1, 4), Iterations);
        RandomNumberGenerator.Fill(output.AsSpan(5, SaltSize));
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), output.AsSpan(5, SaltSize), output.AsSpan(5 + SaltSize), Iterations, HashAlgorithmName.SHA256);
        return output;
    }

    public static bool Verify(string password, byte[]? stored)
    {
        var hash = stored ?? Decoy;
        if (hash.Length != 1 + 4 + SaltSize + HashSize || hash[0] != Version) return false;
        var iterations = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(1, 4));
        Span<byte> computed = stackalloc byte[HashSize];
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), hash.AsSpan(5, SaltSize), computed, iterations, HashAlgorithmName.SHA256);
        return CryptographicOperations.FixedTimeEquals(computed, hash.AsSpan(5 + SaltSize)) && stored is not null;
    }

    /// <summary>A one-time password for a new account: 20 characters from an alphabet without look-alikes
    /// (about 112 bits), to be changed by its owner.</summary>
    public static string Generate()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(20, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        });
    }
}
