namespace Hotline.Domain.Language.Recognisers;

/// <summary>Picks one option by number (ASCII or Khmer digits), key or synonym.</summary>
/// <remarks>
/// In order: the option's number ("2", "២", "lek 2", "ទី២") → 1.0 (0.95 with a filler word); the whole reply
/// is a key or synonym → 1.0; the reply contains a synonym (Latin on word boundaries, Khmer as a
/// syllable-aligned substring, since Khmer has no spaces) → 0.85; a short Latin reply that starts a synonym
/// ("mal" for "Malaysia", at least 3 letters) or is one typo away from one ("Malasia") → 0.7.
/// Whenever two options fit equally, nothing is chosen: asking again is better than a wrong branch.
/// Pass a <see cref="PreparedChoices"/> to skip normalising the options on every call.
/// </remarks>
public static class ChoiceRecogniser
{
    public static Recognised<string>? Recognise(NormalisedText text, IReadOnlyList<ChoiceOption> options)
    {
        var key = text.Key;
        if (key.Length == 0 || options is null || options.Count == 0) return null;
        var prepared = PreparedChoices.From(options);

        if (ByNumber(key, prepared.Count) is { } byNumber)
            return new Recognised<string>(prepared[byNumber.Index].Key, byNumber.Confidence);

        // The whole reply is a key or synonym.
        var exact = -1;
        foreach (var (phrase, option) in prepared.Phrases)
        {
            if (!KeywordMatcher.IsExactly(text, phrase)) continue;
            if (exact >= 0 && exact != option) return null;
            exact = option;
        }
        if (exact >= 0) return new Recognised<string>(prepared[exact].Key, 1.0);
        if (key.Length > 300) return null;

        // The reply contains a synonym. A longer synonym inside the reply wins over a shorter one it contains.
        var contained = -1;
        var containedLength = 0;
        var tie = false;
        foreach (var (phrase, option) in prepared.Phrases)
        {
            if (!KeywordMatcher.Contains(text, phrase)) continue;
            if (contained == option) { containedLength = Math.Max(containedLength, phrase.Length); continue; }
            if (contained < 0 || phrase.Length > containedLength && phrase.Contains(Longest(prepared, contained), StringComparison.Ordinal))
            {
                contained = option; containedLength = phrase.Length; tie = false;
            }
            else tie = true;
        }
        if (contained >= 0) return tie ? null : new Recognised<string>(prepared[contained].Key, 0.85);

        return Fuzzy(key, prepared);
    }

    private static string Longest(PreparedChoices prepared, int option)
    {
        var longest = string.Empty;
        foreach (var (phrase, o) in prepared.Phrases) if (o == option && phrase.Length > longest.Length) longest = phrase;
        return longest;
    }

    private static readonly string[] NumberFillers =
        ["lek", "no", "number", "num", "option", "choice", "choose", "pick", "please", "pls", "bong", "i", "ti", "tee", "ទី", "លេខ", "សូម", "បង", "ជម្រើស", "ចម្លើយ", "answer", "reply"];

    private static (int Index, double Confidence)? ByNumber(string key, int count)
    {
        if (NumberRecogniser.TryPlainDigits(key, out var plain))
            return plain >= 1 && plain <= count ? ((int)plain - 1, 1.0) : null;
        if (key.Length > 40 || key.AsSpan().IndexOfAnyInRange('0', '9') < 0) return null;
        Span<KeyToken> buffer = stackalloc KeyToken[key.Length + 1];
        var tokens = buffer[..KeyTokens.Split(key, buffer)];
        long number = -1;
        foreach (var token in tokens)
        {
            var span = token.In(key);
            if (token.Kind == TokenKind.Digits)
            {
                if (number >= 0 || !NumberRecogniser.TryPlainDigits(span.ToString(), out number)) return null;
                continue;
            }
            var filler = false;
            foreach (var f in NumberFillers) if (span.SequenceEqual(f)) { filler = true; break; }
            if (!filler) return null;
        }
        return number >= 1 && number <= count ? ((int)number - 1, 0.95) : null;
    }

    private static Recognised<string>? Fuzzy(string key, PreparedChoices prepared)
    {
        if (key.Length is < 3 or > 40) return null;
        foreach (var c in key) if (c is not (>= 'a' and <= 'z' or ' ')) return null;
        var reply = key.AsSpan();
        var match = -1;
        foreach (var (phrase, option) in prepared.Phrases)
        {
            if (phrase[0] is not (>= 'a' and <= 'z')) continue;
            var allowed = EditDistance.Allowed(Math.Min(reply.Length, phrase.Length));
            var hit = phrase.StartsWith(key, StringComparison.Ordinal)
                || allowed > 0 && Math.Abs(phrase.Length - reply.Length) <= allowed && EditDistance.Within(reply, phrase, allowed);
            if (!hit) continue;
            if (match >= 0 && match != option) return null;
            match = option;
        }
        return match >= 0 ? new Recognised<string>(prepared[match].Key, 0.7) : null;
    }
}
