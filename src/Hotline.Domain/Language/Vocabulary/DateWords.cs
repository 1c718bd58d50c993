namespace Hotline.Domain.Language.Vocabulary;

internal enum DateWordKind : byte { Month, RelativeDay, Filler }

internal readonly record struct DateWord(DateWordKind Kind, int Value);

/// <summary>Month names (Gregorian; Khmer names as .NET/CLDR km-KH) and days relative to today.</summary>
internal static class DateWords
{
    private static readonly string[][] Months =
    [
        ["មករា", "january", "jan", "makara", "mokara"],
        ["កុម្ភៈ", "កុម្ភះ", "february", "feb", "kompheak", "kumpheak", "kompheah"],
        ["មីនា", "march", "mar", "mina", "minea"],
        ["មេសា", "april", "apr", "mesa", "mesar"],
        ["ឧសភា", "may", "ousapheak", "osaphea", "usaphea"],
        ["មិថុនា", "june", "jun", "mithona", "mithuna"],
        ["កក្កដា", "july", "jul", "kakada", "kakkada"],
        ["សីហា", "august", "aug", "seiha", "sayha", "seyha"],
        ["កញ្ញា", "september", "sep", "sept", "kanha", "kagna"],
        ["តុលា", "october", "oct", "tola", "tula"],
        ["វិច្ឆិកា", "november", "nov", "vicheka", "vichika"],
        ["ធ្នូ", "december", "dec", "thnou", "tnou", "thnu"],
    ];

    private static readonly (string[] Words, int Offset)[] Relative =
    [
        (["ថ្ងៃនេះ", "today", "tday", "thngai nih", "tngai nih", "thngai nis", "tngai nis", "thngai ni", "tngai ni", "thnai nih", "tgnai nih"], 0),
        (["ស្អែក", "ថ្ងៃស្អែក", "tomorrow", "tmr", "tmrw", "tomorow", "tommorow", "tommorrow", "saek", "sa ek", "sa aek", "saaek", "sa'ek", "s'aek", "thngai saek", "tngai saek"], 1),
        (["ខានស្អែក", "day after tomorrow", "khan saek", "khan sa ek"], 2),
        (["ម្សិលមិញ", "yesterday", "msel minh", "msel menh", "msil minh", "mselmenh", "masel minh"], -1),
    ];

    private static readonly string[] Fillers =
        ["ថ្ងៃ", "ថ្ងៃទី", "ទី", "ខែ", "ឆ្នាំ", "the", "on", "of", "day", "date", "thngai", "tngai", "ti", "khae", "khe", "chhnam", "chnam", "year", "month", "in", "nov", "at"];

    public static readonly Lexicon<DateWord> Lexicon = new(
        Relative.SelectMany(r => r.Words.Select(w => (w, new DateWord(DateWordKind.RelativeDay, r.Offset))))
            .Concat(Months.SelectMany((names, i) => names.Select(n => (n, new DateWord(DateWordKind.Month, i + 1)))))
            .Concat(Fillers.Select(f => (f, new DateWord(DateWordKind.Filler, 0)))));
}
