using System.Text;
using Hotline.Domain.Language.Vocabulary;

namespace Hotline.Domain.Language.Recognisers;

/// <summary>Cambodian and Thai (and other) phone numbers, local or international form.</summary>
/// <remarks>
/// Digits may be Khmer, and grouped with spaces, dashes, dots or brackets. The country is decided in this order:
/// an explicit international form (+855…, 00855…, 855… when that makes a valid number); then the local form in
/// the default country; then, when the local form is impossible there but valid in Cambodia or Thailand (a
/// 10-digit 08x number is a Thai mobile, not Cambodian), that country with confidence 0.7. 088/096/097 numbers
/// of 10 digits are valid in both countries and go to the default country with confidence 0.8.
/// Numbering plans follow Google libphonenumber's metadata, reduced to what the hotline meets.
/// </remarks>
public static class PhoneRecogniser
{
    public static Recognised<PhoneNumber>? Recognise(NormalisedText text, string defaultCountry = "KH")
    {
        var key = text.Key;
        if (key.Length is 0 or > 500) return null;
        var candidate = LongestDigitRun(key, out var plus);
        if (candidate.Length is < 8 or > 15) return null;
        var digits = candidate.AsSpan();
        defaultCountry = (defaultCountry ?? "KH").ToUpperInvariant();

        if (plus || digits.StartsWith("00"))
        {
            var rest = plus ? digits : digits[2..];
            var code = CallingCodes.CodeAtStart(rest);
            if (code is null) return null;
            var national = rest[code.Length..];
            if (national.StartsWith("0")) national = national[1..];   // "+66 0812345678"
            var country = CallingCodes.CountryByCode[code];
            return IsValid(country, national) ? Result(code, national, country, 0.95) : null;
        }

        if (digits[0] == '0')
        {
            var national = digits[1..];
            var homeValid = IsValid(defaultCountry, national);
            var otherCountry = defaultCountry == "KH" ? "TH" : "KH";
            var otherValid = defaultCountry is "KH" or "TH" && IsValid(otherCountry, national);
            if (homeValid && CallingCodes.CodeByCountry.TryGetValue(defaultCountry, out var home))
                return Result(home, national, defaultCountry, otherValid ? 0.8 : 0.95);
            if (otherValid) return Result(CallingCodes.CodeByCountry[otherCountry], national, otherCountry, 0.7);
            return null;
        }

        // "855 12 345 678", "66812345678": an international number typed without "+".
        var bare = CallingCodes.CodeAtStart(digits);
        if (bare is not null && CallingCodes.CountryByCode[bare] is "KH" or "TH" or "MY")
        {
            var national = digits[bare.Length..];
            var country = CallingCodes.CountryByCode[bare];
            if (IsValid(country, national)) return Result(bare, national, country, 0.85);
        }
        return null;
    }

    /// <summary>The ISO alpha-2 country of an E.164 number ("+66…" → "TH"), or null.</summary>
    public static string? CountryOf(string e164)
    {
        if (string.IsNullOrEmpty(e164) || e164[0] != '+' || e164.Length < 4) return null;
        var digits = e164.AsSpan(1);
        foreach (var c in digits) if (c is < '0' or > '9') return null;
        var code = CallingCodes.CodeAtStart(digits);
        return code is null ? null : CallingCodes.CountryByCode[code];
    }

    private static Recognised<PhoneNumber> Result(string code, ReadOnlySpan<char> national, string country, double confidence)
        => new(new PhoneNumber(string.Concat("+", code, national.ToString()), country), confidence);

    /// <summary>National significant number plans, by prefix and length.</summary>
    internal static bool IsValid(string country, ReadOnlySpan<char> n)
    {
        if (n.Length == 0 || n[0] == '0') return false;
        switch (country)
        {
            case "KH":
            {
                if (n.Length is < 8 or > 9) return false;
                var p = (n[0] - '0') * 10 + (n[1] - '0');
                var nine = n.Length == 9;
                return p switch
                {
                    10 or 11 or 13 or 14 or 15 or 16 or 17 or 19 => !nine,
                    12 or 18 => true,
                    31 or 38 => nine,
                    60 or 61 or 66 or 67 or 68 or 69 or 70 => !nine,
                    71 or 76 => nine,
                    77 or 78 or 79 or 80 or 81 or 83 or 84 or 85 or 86 or 87 => !nine,
                    88 => nine,
                    89 or 90 or 91 or 92 or 93 or 94 or 95 => !nine,
                    96 => nine,
                    97 => true,
                    98 or 99 => !nine,
                    // Landlines: area code (23 Phnom Penh, 53 Battambang, 63 Siem Reap…) + 6 or 7 digits.
                    >= 23 and <= 75 when n[0] is >= '2' and <= '7' => true,
                    _ => false,
                };
            }
            case "TH":
                // Mobile: 9 digits starting 6, 8 or 9. Fixed: 8 digits starting 2–7.
                return n.Length == 9 && n[0] is '6' or '8' or '9' || n.Length == 8 && n[0] is >= '2' and <= '7';
            case "MY":
                // Mobile 1x: 9–10 digits. Fixed: 8–9 digits starting 3–9.
                return n[0] == '1' ? n.Length is 9 or 10 : n.Length is 8 or 9;
            default:
                return n.Length is >= 6 and <= 12;
        }
    }

    /// <summary>The longest run of digits joined by spaces, dashes, dots or brackets (at least 8 digits to be a phone).</summary>
    private static string LongestDigitRun(string key, out bool plus)
    {
        plus = false;
        var best = string.Empty;
        var bestPlus = false;
        var sb = new StringBuilder(16);
        var runPlus = false;
        for (var i = 0; i <= key.Length; i++)
        {
            var c = i < key.Length ? key[i] : '\0';
            if (c is >= '0' and <= '9') { sb.Append(c); continue; }
            if (c == '+' && sb.Length == 0) { runPlus = true; continue; }
            var joiner = c is ' ' or '-' or '.' && sb.Length > 0 && i + 1 < key.Length && (key[i + 1] is >= '0' and <= '9' || key[i + 1] == ' ' && c != ' ');
            if (joiner) continue;
            if (sb.Length > best.Length) { best = sb.ToString(); bestPlus = runPlus; }
            sb.Clear();
            runPlus = false;
        }
        plus = bestPlus;
        return best;
    }
}
