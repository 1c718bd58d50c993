using Hotline.Domain.Language.Vocabulary;

namespace Hotline.Domain.Language.Recognisers;

/// <summary>Yes / no in Khmer script, romanized Khmer and English.</summary>
/// <remarks>
/// The reply is cut into known words (polarity, courtesy, "don't know") and unknown stretches.
/// A reply made only of known words is answered with the word's confidence. "ចាស អត់ទេ" is a no: the polite
/// particle is courtesy before the answer. A reply that opens with a clear yes or no and goes on ("no, I lost
/// my passport") is answered with confidence 0.6. Anything else — a sentence that merely contains "no", the
/// question particle ទេ after another word ("ល្អទេ?"), an amount next to "bat" — is not a yes/no.
/// </remarks>
public static class YesNoRecogniser
{
    private const int MaxUnits = 32;
    private const double LeadingConfidence = 0.6;

    public static Recognised<bool>? Recognise(NormalisedText text)
    {
        var key = text.Key;
        if (key.Length == 0 || key.Length > 200) return null;

        Span<KeyToken> tokens = stackalloc KeyToken[Math.Min(key.Length + 1, 64)];
        var count = KeyTokens.Split(key, tokens);
        if (count == 64) return null;   // far too long to be a yes or a no
        tokens = tokens[..count];

        Span<Unit> units = stackalloc Unit[Math.Min(MaxUnits, key.Length + 1)];
        var n = 0;
        var hasNumber = false;
        var hasBaht = false;
        for (var t = 0; t < tokens.Length && n < units.Length;)
        {
            var token = tokens[t];
            switch (token.Kind)
            {
                case TokenKind.Latin:
                    if (YesNoWords.Lexicon.TryMatchLatin(key, tokens, t, out var word, out var used))
                    {
                        units[n++] = word.Polarity == Polarity.NotAnswer ? new Unit(null, 0, token.SpaceBefore) : new Unit(word.Polarity, word.Confidence, token.SpaceBefore);
                        if (word.Polarity == Polarity.Polite && token.In(key) is "bat" or "baat" or "bart" or "baad" or "ba" or "bad") hasBaht = true;
                        t += used;
                    }
                    else { n = AddUnknown(units, n, token.SpaceBefore); t++; }
                    break;
                case TokenKind.Khmer:
                    n = SegmentKhmer(token.In(key), token.SpaceBefore, units, n);
                    t++;
                    break;
                case TokenKind.Digits:
                    hasNumber = true;
                    n = AddUnknown(units, n, token.SpaceBefore);
                    t++;
                    break;
                default:
                    n = AddUnknown(units, n, token.SpaceBefore);
                    t++;
                    break;
            }
        }
        if (n == units.Length && units.Length == MaxUnits) return null;
        return Decide(units[..n], hasNumber && hasBaht);
    }

    private readonly record struct Unit(Polarity? Polarity, double Confidence, bool SpaceBefore)
    {
        public bool Known => Polarity is not null;
    }

    private static int AddUnknown(Span<Unit> units, int n, bool spaceBefore)
    {
        if (n > 0 && !units[n - 1].Known && !spaceBefore) return n;   // merge adjacent unknowns
        if (n < units.Length) units[n++] = new Unit(null, 0, spaceBefore);
        return n;
    }

    private static int SegmentKhmer(ReadOnlySpan<char> run, bool spaceBefore, Span<Unit> units, int n)
    {
        var i = 0;
        var first = true;
        while (i < run.Length && n < units.Length)
        {
            var space = first && spaceBefore;
            if (KhmerChars.StartsSyllable(run, i) && YesNoWords.Lexicon.TryMatchKhmer(run, i, out var word, out var length))
            {
                units[n++] = word.Polarity == Polarity.NotAnswer ? new Unit(null, 0, space) : new Unit(word.Polarity, word.Confidence, space);
                i += length;
            }
            else
            {
                if (n == 0 || units[n - 1].Known || space) units[n++] = new Unit(null, 0, space);
                i++;
                while (i < run.Length && !KhmerChars.StartsSyllable(run, i)) i++;
            }
            first = false;
        }
        return n;
    }

    private static Recognised<bool>? Decide(ReadOnlySpan<Unit> units, bool amountNextToBat)
    {
        if (amountNextToBat) return null;   // "300 bat" is money, handled by the money recogniser
        int yes = 0, polite = 0, no = 0, unknown = 0;
        var confidence = 1.0;
        foreach (var u in units)
        {
            switch (u.Polarity)
            {
                case Polarity.Unsure: return null;
                case Polarity.Yes: yes++; confidence = Math.Min(confidence, u.Confidence); break;
                case Polarity.Polite: polite++; confidence = Math.Min(confidence, u.Confidence); break;
                case Polarity.No: no++; break;
                case null: unknown++; break;
            }
        }

        if (unknown == 0)
        {
            if (no > 0 && yes == 0)
            {
                var c = 1.0;
                foreach (var u in units) if (u.Polarity == Polarity.No) c = Math.Min(c, u.Confidence);
                return new Recognised<bool>(false, polite > 0 ? Math.Min(c, 0.85) : c);
            }
            if (no == 0 && yes + polite > 0) return new Recognised<bool>(true, confidence);
            return null;
        }

        // Opens with a clear answer and goes on: "no, I lost my passport", "បាទ ខ្ញុំចង់ទៅ".
        var i = 0;
        while (i < units.Length && units[i].Polarity == Polarity.Filler) i++;
        if (i >= units.Length) return null;
        var lead = units[i];
        if (lead.Polarity is not (Polarity.Yes or Polarity.Polite or Polarity.No) || lead.Confidence < 0.9) return null;
        var answer = lead.Polarity != Polarity.No;
        var j = i + 1;
        while (j < units.Length && units[j].Known && PolarityAgrees(units[j].Polarity!.Value, answer)) j++;
        // The answer must stand apart from what follows: a space, or a known word, before the unknown rest.
        if (j < units.Length && !units[j].Known && !units[j].SpaceBefore && j == i + 1) return null;
        for (var k = j; k < units.Length; k++)
            if (units[k].Polarity is { } p && p is Polarity.Yes or Polarity.No && PolarityAgrees(p, !answer) && !PolarityAgrees(p, answer)) return null;
        return new Recognised<bool>(answer, LeadingConfidence);
    }

    private static bool PolarityAgrees(Polarity p, bool answer) => p switch
    {
        Polarity.Filler => true,
        Polarity.Polite => true,
        Polarity.Yes => answer,
        Polarity.No => !answer,
        _ => false,
    };
}
