using Hotline.Domain.Language.Vocabulary;

namespace Hotline.Domain.Language.Recognisers;

/// <summary>Simple dates: "12/3/2026", "today", "tomorrow", Khmer month names.</summary>
/// <remarks>
/// Digits are read day first, the Cambodian order (d/M/yyyy), or year first when the first group has four
/// digits (2026-03-20). Two-digit years are 20xx. Thai Buddhist-era years (2400–2700, shown by phones set to
/// Thai) are converted: 2569 → 2026. Without a year, the date is in today's year. "today", "ស្អែក", "msel
/// minh" and the like count from <c>today</c>, which the caller passes: the engine has no clock.
/// </remarks>
public static class DateRecogniser
{
    public static Recognised<DateOnly>? Recognise(NormalisedText text, DateOnly today)
    {
        var key = text.Key;
        if (key.Length is 0 or > 300) return null;
        Span<KeyToken> buffer = stackalloc KeyToken[key.Length + 1];
        var tokens = buffer[..KeyTokens.Split(key, buffer)];

        int? relative = null, month = null, day = null, year = null;
        DateOnly? numeric = null;
        var unknown = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            switch (token.Kind)
            {
                case TokenKind.Latin:
                    if (DateWords.Lexicon.TryMatchLatin(key, tokens, t, out var word, out var used))
                    {
                        if (!Note(word, ref relative, ref month)) return null;
                        t += used - 1;
                    }
                    else unknown++;
                    break;
                case TokenKind.Khmer:
                {
                    var run = token.In(key);
                    for (var i = 0; i < run.Length;)
                    {
                        if (KhmerChars.StartsSyllable(run, i) && DateWords.Lexicon.TryMatchKhmer(run, i, out var w, out var length))
                        {
                            if (!Note(w, ref relative, ref month)) return null;
                            i += length;
                        }
                        else { unknown++; i++; while (i < run.Length && !KhmerChars.StartsSyllable(run, i)) i++; }
                    }
                    break;
                }
                case TokenKind.Digits:
                {
                    var digits = token.In(key);
                    if (digits.IndexOfAny('/', '-', '.') >= 0)
                    {
                        if (numeric is not null) return null;
                        numeric = ParseNumeric(digits, today);
                        if (numeric is null) return null;
                    }
                    else if (NumberRecogniser.TryPlainDigits(digits.ToString(), out var n))
                    {
                        if (digits.Length == 4 && year is null) year = ToGregorianYear((int)n);
                        else if (n is >= 1 and <= 31 && digits.Length <= 2 && day is null) day = (int)n;
                        else if (digits.Length == 2 && year is null && day is not null) year = 2000 + (int)n;
                        else return null;
                    }
                    else return null;
                    break;
                }
                default:
                    unknown++;
                    break;
            }
        }

        var certainty = unknown == 0 ? 1.0 : 0.8;
        if (numeric is { } date)
        {
            if (relative is not null || month is not null || day is not null) return null;
            return new Recognised<DateOnly>(date, 0.95 * certainty);
        }
        if (relative is { } offset)
        {
            if (month is not null || day is not null) return null;
            return new Recognised<DateOnly>(today.AddDays(offset), 0.95 * certainty);
        }
        if (month is { } m && day is { } d)
        {
            var y = year ?? today.Year;
            if (y is < 1900 or > 2200 || d > DateTime.DaysInMonth(y, m)) return null;
            return new Recognised<DateOnly>(new DateOnly(y, m, d), (year is null ? 0.85 : 0.95) * certainty);
        }
        return null;
    }

    private static bool Note(DateWord word, ref int? relative, ref int? month)
    {
        switch (word.Kind)
        {
            case DateWordKind.RelativeDay:
                if (relative is not null && relative != word.Value) return false;
                relative = word.Value;
                return true;
            case DateWordKind.Month:
                if (month is not null && month != word.Value) return false;
                month = word.Value;
                return true;
            default:
                return true;
        }
    }

    private static DateOnly? ParseNumeric(ReadOnlySpan<char> s, DateOnly today)
    {
        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var n = 0;
        var value = 0;
        var length = 0;
        var separator = '\0';
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && s[i] is >= '0' and <= '9')
            {
                if (length >= 4) return null;
                value = value * 10 + (s[i] - '0');
                length++;
                continue;
            }
            if (i < s.Length)
            {
                if (separator == '\0') separator = s[i];
                else if (s[i] != separator) return null;
                if (s[i] is not ('/' or '-' or '.')) return null;
            }
            if (n == 3 || length == 0) return null;
            parts[n] = value; lengths[n] = length; n++;
            value = 0; length = 0;
        }
        if (n < 2) return null;
        int y, m, d;
        if (lengths[0] == 4)
        {
            if (n != 3) return null;
            (y, m, d) = (parts[0], parts[1], parts[2]);
        }
        else
        {
            (d, m) = (parts[0], parts[1]);
            y = n == 3 ? lengths[2] switch { 2 => 2000 + parts[2], 4 => parts[2], _ => -1 } : today.Year;
        }
        y = ToGregorianYear(y);
        if (y is < 1900 or > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d);
    }

    /// <summary>Thai phones show Buddhist-era years (2569 = 2026).</summary>
    private static int ToGregorianYear(int year) => year is >= 2400 and <= 2700 ? year - 543 : year;
}
