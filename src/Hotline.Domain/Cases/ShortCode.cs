namespace Hotline.Domain.Cases;

/// <summary>
/// Short codes typed on a phone keypad. Case codes ("K7Q4") use an alphabet without 0/O and 1/I, which
/// read alike on small screens and in handwriting. Page codes and PINs are digits only, so that a
/// credential can never be mistaken for a word of a note. Codes come from a seed the host draws at
/// random; the same seed always gives the same code, which keeps this code pure and testable.
/// </summary>
public static class ShortCode
{
    /// <summary>The 32 characters of case codes: digits 2–9 and the letters without I and O.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public const int MinCaseCodeLength = 4;
    public const int MaxCaseCodeLength = 6;
    public const int MinDigitCodeLength = 4;
    public const int MaxDigitCodeLength = 8;

    /// <summary>A case code of <paramref name="length"/> characters (4–6) from <see cref="Alphabet"/>.</summary>
    public static string From(ulong seed, int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, MinCaseCodeLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, MaxCaseCodeLength);
        return Encode(seed, length, Alphabet);
    }

    /// <summary>A page code of <paramref name="length"/> digits (4–8), printed in the page and typed back with ACK.</summary>
    public static string Digits(ulong seed, int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, MinDigitCodeLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, MaxDigitCodeLength);
        return Encode(seed, length, "0123456789");
    }

    /// <summary>True for 4–6 characters of <see cref="Alphabet"/> (upper case).</summary>
    public static bool IsCaseCode(string? text) =>
        text is { Length: >= MinCaseCodeLength and <= MaxCaseCodeLength } && text.All(c => Alphabet.Contains(c));

    /// <summary>True for 4–8 ASCII digits: the shape of a page code or a PIN.</summary>
    public static bool IsDigitCode(string? text) =>
        text is { Length: >= MinDigitCodeLength and <= MaxDigitCodeLength } && text.All(char.IsAsciiDigit);

    private static string Encode(ulong seed, int length, string alphabet)
    {
        var chars = new char[length];
        var radix = (ulong)alphabet.Length;
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[(int)(seed % radix)];
            seed /= radix;
        }

        return new string(chars);
    }
}
