namespace Hotline.Domain.Language.Vocabulary;

internal enum Polarity : byte
{
    /// <summary>A real yes: "yes", "ត្រូវហើយ", "yol prom".</summary>
    Yes,
    /// <summary>The polite particles បាទ/ចាស ("bat", "cha"): yes when alone, mere courtesy before a no ("ចាស អត់ទេ").</summary>
    Polite,
    No,
    /// <summary>"I don't know", "maybe": the reply is neither yes nor no, whatever else it contains.</summary>
    Unsure,
    /// <summary>Content words that begin like an answer but are not one: "trov ka" (ត្រូវការ, "need") is not "trov" (right).</summary>
    NotAnswer,
    /// <summary>Courtesy and address words that change nothing ("bong", "please", "អរគុណ").</summary>
    Filler,
}

internal readonly record struct YesNoWord(Polarity Polarity, double Confidence);

/// <summary>Words that answer a yes/no question, in Khmer script, romanized Khmer and English.</summary>
internal static class YesNoWords
{
    private static readonly string[] KhmerYes =
        ["ត្រូវ", "ត្រូវហើយ", "ត្រូវហ្នឹង", "ហ្នឹងហើយ", "អ៊ីចឹងហើយ", "មែន", "មែនហើយ", "យល់ព្រម", "ព្រម", "អូខេ", "អូខេបង", "ចង់", "ចង់បាន", "បាទចាស", "ល្អ", "ល្អហើយ"];
    private static readonly string[] KhmerPolite = ["បាទ", "ចាស", "ចា", "បាទបាទ", "ចាសចាស"];
    private static readonly string[] KhmerNo =
        ["ទេ", "អត់", "អត់ទេ", "មិន", "មិនមែន", "មិនមែនទេ", "មិនចង់", "មិនចង់ទេ", "អត់ចង់", "អត់ចង់ទេ", "គ្មាន", "គ្មានទេ", "អត់មាន", "អត់មានទេ", "មិនត្រូវ", "មិនត្រូវទេ", "ខុស", "ខុសហើយ", "ទេបង", "អត់ទេបង"];
    private static readonly string[] KhmerUnsure =
        ["មិនដឹង", "អត់ដឹង", "មិនដឹងទេ", "អត់ដឹងទេ", "មិនច្បាស់", "អត់ច្បាស់", "ប្រហែល", "ប្រហែលជា", "ប្រហែលហើយ", "មិនប្រាកដ", "អត់ប្រាកដ", "ចាំមើល", "គិតសិន"];
    private static readonly string[] KhmerFiller =
        ["បង", "អូន", "ណា", "ណាស់", "សូម", "អរគុណ", "អរគុណច្រើន", "ច្រើន", "ហើយ", "លោក", "អ្នក", "ខ្ញុំ", "នាង", "លោកគ្រូ", "អ្នកគ្រូ", "ពូ", "មីង", "ហ្នឹង", "ហ្មង"];

    private static readonly string[] LatinYes =
        ["yes", "yeah", "yea", "ya", "yah", "yep", "yup", "yess", "y", "sure", "of course", "ofc", "correct", "right", "true",
         "i do", "i agree", "agree", "agreed", "yes i do", "yes please", "alright", "absolutely", "definitely", "exactly", "yes sure",
         "trov", "trouv", "trov heuy", "trov hoy", "trov haey", "trov haeuy", "mean", "mean heuy", "men", "mein", "nung heuy", "nhung heuy", "ning hoy",
         "yol prom", "yolprom", "prom", "chong", "jong", "chang", "ok", "okay", "oke", "okey", "okie", "oki", "okk", "k", "kk"];
    private static readonly string[] LatinPolite =
        ["bat", "baat", "bart", "baad", "ba", "bad", "cha", "chaa", "chas", "chaas", "chah", "ja", "jaa", "jas", "jah", "jaah", "chas bat", "bat cha"];
    private static readonly string[] LatinNo =
        ["no", "nope", "nah", "n", "not", "never", "no thanks", "no thank you", "not really", "no i dont", "i dont", "dont", "dont want", "i dont want", "not now",
         "ot", "ort", "aut", "awt", "ott", "od", "ot te", "otte", "ort te", "ot tei", "ot tey", "ot teh", "te", "tey", "tei", "teh", "tay",
         "min", "mun", "min mean", "min mean te", "min men", "min chong", "min chong te", "ot chong", "ot chong te", "ot mean", "ot mean te", "kmean", "kmean te", "khmean", "ot trov", "min trov"];
    private static readonly string[] LatinUnsure =
        ["maybe", "perhaps", "dont know", "i dont know", "idk", "dunno", "not sure", "im not sure", "unsure", "depends", "later", "let me think",
         "min deng", "ot deng", "mo deng", "min doeng", "ot doeng", "min dg", "ot dg", "min chbas", "ot chbas", "brohel", "prohel", "brohael", "prohael", "brohel chea", "prohel chea", "chamerl", "cham meul"];
    private static readonly string[] LatinFiller =
        ["please", "pls", "plz", "thanks", "thank you", "thx", "ty", "sir", "madam", "maam", "bong", "bang", "oun", "own", "na", "nas", "ah", "oh", "hey",
         "arkun", "orkun", "akun", "okun", "or kun", "ar kun", "orkoun", "arkun chraen", "orkun chreun", "orkun chrern", "som", "lok", "neak", "knhom", "khnhom", "nhom",
         "i", "am", "sir", "brother", "sister", "teacher", "lok kru", "nak kru", "pou", "ming"];

    private static readonly string[] NotAnswers =
        ["ត្រូវការ", "មានលុយ", "trov ka", "trov kar", "trov kaa", "trov kar ban", "tro ka", "chong ban luy", "mean luy", "min mean luy", "ot mean luy"];

    public static readonly Lexicon<YesNoWord> Lexicon = new(
        Tag(NotAnswers, Polarity.NotAnswer, 0)
            .Concat(Tag(KhmerYes, Polarity.Yes, 0.95)
            .Concat(Tag(KhmerPolite, Polarity.Polite, 0.95))
            .Concat(Tag(KhmerNo, Polarity.No, 0.95))
            .Concat(Tag(KhmerUnsure, Polarity.Unsure, 1))
            .Concat(Tag(KhmerFiller, Polarity.Filler, 1))
            .Concat(Tag(LatinUnsure, Polarity.Unsure, 1))
            .Concat(Tag(LatinYes, Polarity.Yes, 0.95))
            .Concat(Tag(LatinPolite, Polarity.Polite, 0.9))
            .Concat(Tag(LatinNo, Polarity.No, 0.95))
            .Concat(Tag(LatinFiller, Polarity.Filler, 1)))
            .Select(Weaken));

    /// <summary>Short or many-meaning words answer with less certainty.</summary>
    private static (string, YesNoWord) Weaken((string Text, YesNoWord Word) e) => e.Text switch
    {
        "ok" or "okay" or "oke" or "okey" or "okie" or "oki" or "okk" or "k" or "kk" or "អូខេ" or "អូខេបង" => (e.Text, e.Word with { Confidence = 0.85 }),
        "y" or "n" or "ba" or "ja" or "mean" or "men" or "chong" or "jong" or "chang" or "right" or "ចង់" or "ល្អ" or "ល្អហើយ" or "មិន" or "ខុស" or "od" or "bad" or "tay"
            => (e.Text, e.Word with { Confidence = 0.8 }),
        _ => e,
    };

    private static IEnumerable<(string, YesNoWord)> Tag(IEnumerable<string> words, Polarity p, double confidence)
        => words.Select(w => (w, new YesNoWord(p, confidence)));
}
