using System.Globalization;

namespace Hotline.Domain.Sms;

public enum SmsEncoding { Gsm7, Ucs2 }

/// <summary>What a text costs as SMS: its encoding, segment count, and units used (septets or UTF-16 code units).</summary>
public sealed record SmsCost(SmsEncoding Encoding, int Segments, int Units);

/// <summary>
/// SMS segment arithmetic, matching Twilio's segment calculator: GSM-7 when every character is in
/// the GSM-7 tables (extension characters cost two septets), otherwise UCS-2 for the whole text —
/// so every Khmer message is UCS-2. One segment holds 160 septets or 70 code units; a concatenated
/// segment loses room to its header and holds 153 or 67. A character is never split across
/// segments: not an extension character's two septets, not an emoji's surrogate pair, and not a
/// Khmer grapheme cluster (consonant + coeng + subscript + vowel signs), which the calculator moves
/// whole to the next segment so a boundary can come a unit or two early.
/// </summary>
public static class SmsSegments
{
    private const int Gsm7Single = 160;
    private const int Gsm7Concatenated = 153;
    private const int Ucs2Single = 70;
    private const int Ucs2Concatenated = 67;

    /// <summary>The encoding, number of segments and units of <paramref name="text"/>. Empty text is one segment of 0 units.</summary>
    public static SmsCost Measure(string text)
    {
        var (encoding, pieces) = Pieces(text);
        var units = pieces.Sum(p => p.Units);
        return new SmsCost(encoding, Pack(pieces, encoding).Count, units);
    }

    /// <summary>The text cut where the provider cuts it; joined, the parts give back the text. Empty text gives one empty part.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var (encoding, pieces) = Pieces(text);
        return Pack(pieces, encoding)
            .Select(segment => string.Concat(segment.Select(p => p.Text)))
            .ToList();
    }

    /// <summary>An indivisible piece of text and its cost in the chosen encoding.</summary>
    private readonly record struct Piece(string Text, int Units);

    private static (SmsEncoding Encoding, List<Piece> Pieces) Pieces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Gsm7Alphabet.Covers(text))
        {
            return (SmsEncoding.Gsm7, text.Select(c => new Piece(c.ToString(), Gsm7Alphabet.Septets(c))).ToList());
        }

        var pieces = new List<Piece>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var cluster = enumerator.GetTextElement();
            if (cluster.Length <= Ucs2Concatenated)
            {
                pieces.Add(new Piece(cluster, cluster.Length));
            }
            else
            {
                // A cluster longer than a segment (stacked combining marks) cannot stay whole;
                // fall back to code points so surrogate pairs at least stay together.
                pieces.AddRange(cluster.EnumerateRunes().Select(r => new Piece(r.ToString(), r.Utf16SequenceLength)));
            }
        }

        return (SmsEncoding.Ucs2, pieces);
    }

    private static List<List<Piece>> Pack(List<Piece> pieces, SmsEncoding encoding)
    {
        var (single, concatenated) = encoding == SmsEncoding.Gsm7
            ? (Gsm7Single, Gsm7Concatenated)
            : (Ucs2Single, Ucs2Concatenated);
        if (pieces.Sum(p => p.Units) <= single)
        {
            return [pieces];
        }

        var segments = new List<List<Piece>> { new() };
        var used = 0;
        foreach (var piece in pieces)
        {
            if (used + piece.Units > concatenated)
            {
                segments.Add([]);
                used = 0;
            }

            segments[^1].Add(piece);
            used += piece.Units;
        }

        return segments;
    }
}
