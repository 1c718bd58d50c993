using static Hotline.Domain.Language.LanguageForm;

namespace Hotline.Domain.Tests.Language.Replies;

/// <summary>Answers to "How old are you? / តើអ្នកអាយុប៉ុន្មាន?".</summary>
public static class AgeReplies
{
    public static readonly Reply[] All =
    [
        new(Km, "១៧", 17),
        new(Km, "១៧ឆ្នាំ", 17),
        new(Km, "១៧ ឆ្នាំ", 17),
        new(Km, "អាយុ១៩ឆ្នាំ", 19),
        new(Km, "ខ្ញុំអាយុ ២៥ ឆ្នាំ", 25),
        new(Km, "ម្ភៃឆ្នាំ", 20),
        new(Km, "សាមសិបប្រាំឆ្នាំ", 35),
        new(Km, "ដប់ប្រាំបី", 18),
        new(Km, "អាយុ ១៦", 16),
        new(Km, "១៥០ឆ្នាំ", null),
        new(Km, "៦ខែ", null),
        new(Km, "មិនដឹង", null),
        new(Km, "២០០៨", null),
        new(KmLatn, "17", 17),
        new(KmLatn, "17 chhnam", 17),
        new(KmLatn, "ayu 20", 20),
        new(KmLatn, "knhom ayu 19 chnam", 19),
        new(KmLatn, "mphey pram chhnam", 25),
        new(KmLatn, "dop pram bei", 18),
        new(KmLatn, "sam sep chnam", 30),
        new(KmLatn, "ayu 200", null),
        new(KmLatn, "ot deng", null),
        new(En, "16", 16),
        new(En, "16 years", 16),
        new(En, "16 years old", 16),
        new(En, "16yo", 16),
        new(En, "age 45", 45),
        new(En, "I am 32", 32),
        new(En, "im 21", 21),
        new(En, "eighteen", 18),
        new(En, "twenty one years old", 21),
        new(En, "I was born in 2005", null),
        new(En, "0", null),
        new(En, "101", null),
        new(En, "3 months", null),
        new(En, "17 or 18", null),
        new(En, "old", null),
        new(En, "", null),
        new(En, "99", 99),
        new(En, "1", 1),
    ];
}
