using Hotline.Domain.Language.Vocabulary;

namespace Hotline.Domain.Language;

/// <summary>Which language form a message is written in: Khmer script, romanized Khmer or English.</summary>
/// <remarks>
/// Khmer script decides alone: any Khmer letters (or Khmer digits, typed on a Khmer keyboard) make up at
/// least 30% of the letters → km. Otherwise each Latin word votes from two word lists (romanized Khmer
/// function words; English stop words), with a weak vote from spelling patterns English does not use
/// ("nh", "chh", "aeu"…). No votes, or a tie, is null: "ok", "123" or an emoji say too little.
/// </remarks>
public static class LanguageDetector
{
    /// <summary>The form, or null when the message says too little to tell (digits, emoji, one ambiguous word).</summary>
    public static LanguageForm? Detect(NormalisedText text)
    {
        var key = text.Key;
        if (text.Script == Script.None)
        {
            // Khmer digits count as Khmer script in Script, so None means nothing readable.
            return null;
        }

        int khmer = 0, latin = 0;
        foreach (var c in key)
        {
            if (KhmerChars.IsBase(c)) khmer++;
            else if (c is >= 'a' and <= 'z') latin++;
        }
        if (text.Script == Script.Khmer) return LanguageForm.Km;
        if (khmer > 0 && khmer * 10 >= (khmer + latin) * 3) return LanguageForm.Km;

        double km = 0, en = 0;
        var start = -1;
        for (var i = 0; i <= key.Length; i++)
        {
            var letter = i < key.Length && key[i] is >= 'a' and <= 'z';
            if (letter) { if (start < 0) start = i; continue; }
            if (start < 0) continue;
            var word = key.AsSpan(start, i - start);
            start = -1;
            if (LanguageWords.Words.TryGet(word, out var form))
            {
                if (form == LanguageForm.KmLatn) km += 1; else en += 1;
            }
            else if (word.Length >= 3)
            {
                km += RomanizedShape(word);
                en += EnglishShape(word);
            }
        }
        if (km > en) return LanguageForm.KmLatn;
        if (en > km) return LanguageForm.En;
        return null;
    }

    private static double RomanizedShape(ReadOnlySpan<char> w)
    {
        if (w.Contains("nh", StringComparison.Ordinal) || w.Contains("chh", StringComparison.Ordinal) || w.Contains("aeu", StringComparison.Ordinal)
            || w.Contains("oeu", StringComparison.Ordinal) || w.Contains("uoy", StringComparison.Ordinal) || w.StartsWith("tb") || w.StartsWith("pd")
            || w.StartsWith("kn") && !w.StartsWith("know") || w.StartsWith("mph") || w.StartsWith("chn"))
            return 0.5;
        return 0;
    }

    private static double EnglishShape(ReadOnlySpan<char> w)
    {
        if (w.EndsWith("ing") || w.EndsWith("tion") || w.EndsWith("ed") && w.Length > 4 || w.EndsWith("ly") && w.Length > 4
            || w.Contains("ough", StringComparison.Ordinal) || w.EndsWith("ness") || w.EndsWith("ment") || w.StartsWith("wh"))
            return 0.5;
        return 0;
    }
}
