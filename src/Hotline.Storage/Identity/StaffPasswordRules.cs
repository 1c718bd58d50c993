namespace Hotline.Storage.Identity;

/// <summary>Why a new password was refused.</summary>
public enum PasswordProblem
{
    None,
    Mismatch,
    TooShort,
    TooLong,
    Common,
    SameAsCurrent,
}

/// <summary>
/// What a new staff password must be (ASVS 6.2): at least 12 characters (any characters; no composition rules), at
/// most 1,024, the same twice, not the current one, and not one of the common passwords below or a hotline word with
/// digits around it. The list is short on purpose: what attackers try first, plus the words anyone would guess here.
/// </summary>
public static class StaffPasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 1024;

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "123456123456", "111111111111", "000000000000", "123123123123",
        "qwertyuiopas", "qwertyuiop123", "qwerty123456", "1q2w3e4r5t6y", "1qaz2wsx3edc", "zaq12wsxcde3", "asdfghjkl123",
        "password1234", "password12345", "password123!", "passw0rd1234", "p@ssw0rd1234", "iloveyou1234", "abcdefghijkl",
        "abc123abc123", "letmein12345", "welcome12345", "welcome@1234", "changeme1234", "administrator", "admin1234567",
        "adminadmin12", "superman1234", "football1234", "baseball1234", "sunshine1234", "princess1234", "trustno1trustno1",
    };

    // Words of this service: "hotline2024!", "Cambodia1234" and the like are the first guesses of anyone who knows it.
    private static readonly string[] LocalWords = ["hotline", "cambodia", "kampuchea", "phnompenh", "console", "responder", "password"];

    /// <summary>The rules that need no knowledge of the current password. "Not the current one" is checked by the
    /// caller only after the current password was verified, so the answer is never a free guess at it.</summary>
    public static PasswordProblem Check(string newPassword, string repeated)
    {
        if (newPassword != repeated) return PasswordProblem.Mismatch;
        if (newPassword.Length < MinLength) return PasswordProblem.TooShort;
        if (newPassword.Length > MaxLength) return PasswordProblem.TooLong;
        if (IsCommon(newPassword)) return PasswordProblem.Common;
        return PasswordProblem.None;
    }

    public static bool IsCommon(string password)
    {
        if (Common.Contains(password)) return true;
        var letters = new string(password.Where(char.IsLetter).ToArray());
        var rest = password.Length - letters.Length;
        // A hotline word with only digits and punctuation added ("Hotline2024!!", "cambodia12345").
        return LocalWords.Any(w => letters.Equals(w, StringComparison.OrdinalIgnoreCase)) && rest <= 6
            || password.Distinct().Count() <= 2; // "aaaaaaaaaaaa", "abababababab"
    }
}
