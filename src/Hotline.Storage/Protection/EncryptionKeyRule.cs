namespace Hotline.Storage.Protection;

/// <summary>
/// What counts as a usable master key. A key of 32 random bytes has about 30 distinct byte values and almost never
/// stays inside printable ASCII (the odds are about 1 in 10^14); a key that does either was typed or made up (all
/// zeros, a repeated pattern, a pass phrase), and would protect survivors' numbers and words with far less than 256 bits.
/// </summary>
public static class EncryptionKeyRule
{
    public const int KeyBytes = 32;

    /// <summary>The fewest distinct byte values a key may have.</summary>
    public const int MinimumDistinctBytes = 16;

    /// <summary>Why the base64 text is not a usable key, or null when it is.</summary>
    public static string? Problem(string base64)
    {
        byte[] key;
        try { key = Convert.FromBase64String(base64.Trim()); }
        catch (FormatException) { return "is not valid base64"; }
        if (key.Length != KeyBytes) return $"must decode to exactly {KeyBytes} bytes (it decodes to {key.Length})";
        if (key.Distinct().Count() < MinimumDistinctBytes)
            return $"is not random: it has fewer than {MinimumDistinctBytes} distinct byte values (all zeros, one repeated byte or a short repeated pattern)";
        if (key.All(b => b is >= 0x20 and <= 0x7E))
            return "is not random: every byte is a printable character (a typed pass phrase, not 32 random bytes)";
        return null;
    }
}
