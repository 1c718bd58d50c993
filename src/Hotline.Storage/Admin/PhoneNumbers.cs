namespace Hotline.Storage.Admin;

/// <summary>E.164 numbers as the admin API shows them: masked, with only the country code and the last three
/// digits visible ("+855 •• ••• 678"). The masked form has the same shape for every number, so it does not
/// reveal the number's length either.</summary>
public static class PhoneNumbers
{
    // ITU country calling codes are prefix-free: 1 and 7 are the only one-digit codes, these are the two-digit
    // ones, and every other code has three digits.
    private static readonly HashSet<string> TwoDigitCodes =
    [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
        "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84",
        "86", "90", "91", "92", "93", "94", "95", "98",
    ];

    // The countries people from Cambodia most often work in, for the contact's coarse country (emergency numbers).
    private static readonly Dictionary<string, string> Countries = new()
    {
        ["855"] = "KH", ["66"] = "TH", ["60"] = "MY", ["82"] = "KR", ["81"] = "JP", ["65"] = "SG", ["886"] = "TW",
        ["852"] = "HK", ["84"] = "VN", ["856"] = "LA", ["62"] = "ID", ["966"] = "SA", ["971"] = "AE", ["974"] = "QA",
        ["965"] = "KW", ["968"] = "OM", ["973"] = "BH",
    };

    /// <summary>Removes spaces, dots, hyphens and brackets people type into numbers.</summary>
    public static string Compact(string number) =>
        new(number.Where(c => c is not (' ' or '-' or '.' or '(' or ')' or '\u00a0')).ToArray());

    /// <summary>"+" then 8 to 15 digits, the first not zero.</summary>
    public static bool IsE164(string number) =>
        number.Length is >= 9 and <= 16 && number[0] == '+' && number[1] is >= '1' and <= '9' && number.Skip(1).All(char.IsAsciiDigit);

    public static string CallingCode(string e164)
    {
        var digits = e164.TrimStart('+');
        if (digits.Length == 0) return "";
        if (digits[0] is '1' or '7') return digits[..1];
        if (digits.Length >= 2 && TwoDigitCodes.Contains(digits[..2])) return digits[..2];
        return digits[..Math.Min(3, digits.Length)];
    }

    public static string? Country(string e164) => Countries.GetValueOrDefault(CallingCode(e164));

    /// <summary>A stored address written for a person to read out or dial: the country code, then the national
    /// number in groups ("sms:+85512345678" → "+855 12 345 678", "+855971234567" → "+855 97 123 4567"); a channel
    /// other than SMS is named after it ("whatsapp:+855…" → "+855 12 345 678 (WhatsApp)"). Anything that is not a number
    /// is returned as it is.</summary>
    public static string Format(string address)
    {
        var plus = address.IndexOf('+');
        var digits = plus < 0 ? "" : new string(address[(plus + 1)..].TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length < 6 || plus + 1 + digits.Length != address.Length) return address;
        var code = CallingCode("+" + digits);
        var national = digits[code.Length..];
        var groups = new List<string> { national[..Math.Min(2, national.Length)] };
        for (var i = 2; i < national.Length; i += 3) groups.Add(national[i..Math.Min(i + 3, national.Length)]);
        if (groups.Count > 2 && groups[^1].Length == 1) // a lone last digit joins the group before it: "345 6789", not "345 678 9"
        {
            groups[^2] += groups[^1];
            groups.RemoveAt(groups.Count - 1);
        }
        var channel = plus > 0 ? address[..plus].TrimEnd(':') : "";
        var number = $"+{code} {string.Join(' ', groups)}";
        return channel is "" or "sms" ? number : $"{number} ({(channel == "whatsapp" ? "WhatsApp" : channel)})";
    }

    /// <summary>Masks a stored address ("+85512345678", or a channel form like "whatsapp:+85512345678").</summary>
    public static string Mask(string address)
    {
        var plus = address.IndexOf('+');
        var digits = plus < 0 ? "" : new string(address[(plus + 1)..].TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length < 6) return "•••";
        return $"+{CallingCode("+" + digits)} •• ••• {digits[^3..]}";
    }
}
