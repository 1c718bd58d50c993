using Hotline.Domain.Language.Vocabulary;

namespace Hotline.Domain.Language.Recognisers;

/// <summary>Cambodian provinces and destination countries by Khmer, romanized and English names.</summary>
/// <remarks>
/// Names are found anywhere in the reply (Khmer as syllable-aligned substrings, Latin as runs of up to four
/// words compared without spaces, so "siemreap" = "siem reap"), which lets "ខេត្ត", "srok", "province", "I am
/// in" pass without a list of their own. One place: confidence 1.0 alone, 0.85 inside a sentence, 0.8 for a
/// town, 0.75 for a typo. Two different places (of the kind asked for) are refused.
/// </remarks>
public static class PlaceRecogniser
{
    public static Recognised<Place>? Recognise(NormalisedText text, PlaceKind? kind = null)
    {
        var key = text.Key;
        if (key.Length is 0 or > 500) return null;
        Span<KeyToken> buffer = key.Length <= 128 ? stackalloc KeyToken[key.Length + 1] : new KeyToken[key.Length + 1];
        var tokens = buffer[..KeyTokens.Split(key, buffer)];

        Place? found = null;
        var confidence = 1.0;
        var covered = 0;   // characters of the key that are place names
        var conflict = false;

        void Take(PlaceName name, double c, int length)
        {
            if (kind is { } k && name.Place.Kind != k) return;
            if (found is not null && found.Code != name.Place.Code) { conflict = true; return; }
            if (found is null || c < confidence) confidence = Math.Min(confidence, c);
            found ??= name.Place;
            covered += length;
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind == TokenKind.Khmer)
            {
                var run = token.In(key);
                for (var i = 0; i < run.Length;)
                {
                    if (KhmerChars.StartsSyllable(run, i) && PlaceNames.Lexicon.TryMatchKhmer(run, i, out var name, out var length))
                    {
                        Take(name, name.IsTown ? 0.8 : 1.0, length);
                        i += length;
                    }
                    else i++;
                }
                continue;
            }
            if (token.Kind != TokenKind.Latin) continue;
            if (MatchLatin(key, tokens, t, out var latin, out var used, out var typo))
            {
                var span = tokens[t + used - 1].End - token.Start;
                Take(latin, typo ? 0.75 : latin.IsTown ? 0.8 : 1.0, span);
                t += used - 1;
            }
        }

        if (conflict || found is null) return null;
        if (covered < key.Replace(" ", "", StringComparison.Ordinal).Length - 1) confidence = Math.Min(confidence, 0.85);
        return new Recognised<Place>(found, confidence);
    }

    private static bool MatchLatin(string key, ReadOnlySpan<KeyToken> tokens, int first, out PlaceName name, out int used, out bool typo)
    {
        Span<char> compact = stackalloc char[64];
        typo = false;
        for (var n = Math.Min(4, tokens.Length - first); n >= 1; n--)
        {
            var length = 0;
            var ok = true;
            for (var t = first; t < first + n && ok; t++)
            {
                var token = tokens[t];
                if (token.Kind != TokenKind.Latin || length + token.Length > compact.Length) { ok = false; break; }
                token.In(key).CopyTo(compact[length..]);
                length += token.Length;
            }
            if (!ok) continue;
            if (PlaceNames.Lexicon.TryGet(compact[..length], out name!)) { used = n; return true; }
        }
        // One typo in a long name ("battambnag", "malasia"), one word or two.
        for (var n = Math.Min(3, tokens.Length - first); n >= 1; n--)
        {
            var length = 0;
            var ok = true;
            for (var t = first; t < first + n && ok; t++)
            {
                var token = tokens[t];
                if (token.Kind != TokenKind.Latin || length + token.Length > compact.Length) { ok = false; break; }
                token.In(key).CopyTo(compact[length..]);
                length += token.Length;
            }
            if (!ok || length < 6) continue;
            PlaceName? match = null;
            var ambiguous = false;
            foreach (var (candidate, place) in PlaceNames.LatinForTypos)
            {
                if (!EditDistance.Within(compact[..length], candidate, EditDistance.Allowed(Math.Min(candidate.Length, length)))) continue;
                if (match is not null && match.Place.Code != place.Place.Code) ambiguous = true;
                match ??= place;
            }
            if (match is not null && !ambiguous) { name = match; used = n; typo = true; return true; }
        }
        name = null!;
        used = 0;
        return false;
    }
}
