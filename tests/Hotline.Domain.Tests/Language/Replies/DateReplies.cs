using static Hotline.Domain.Language.LanguageForm;

namespace Hotline.Domain.Tests.Language.Replies;

/// <summary>Answers to "When do you leave? / When did it happen?", with today = <see cref="Today"/>.</summary>
public static class DateReplies
{
    public static readonly DateOnly Today = new(2026, 3, 10);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static readonly Reply[] All =
    [
        new(Km, "ថ្ងៃនេះ", Today),
        new(Km, "ថ្ងៃ​នេះ", Today),
        new(Km, "ស្អែក", Today.AddDays(1)),
        new(Km, "ថ្ងៃស្អែក", Today.AddDays(1)),
        new(Km, "ខានស្អែក", Today.AddDays(2)),
        new(Km, "ម្សិលមិញ", Today.AddDays(-1)),
        new(Km, "១៥/៣/២០២៦", D(2026, 3, 15)),
        new(Km, "ថ្ងៃទី១៥ ខែមីនា ឆ្នាំ២០២៦", D(2026, 3, 15)),
        new(Km, "១៥ មីនា", D(2026, 3, 15)),
        new(Km, "ថ្ងៃទី ១ ខែមេសា", D(2026, 4, 1)),
        new(Km, "២០ ធ្នូ ២០២៥", D(2025, 12, 20)),
        new(Km, "៣០ កុម្ភៈ", null),
        new(Km, "ឆាប់ៗ", null),
        new(KmLatn, "thngai nih", Today),
        new(KmLatn, "tngai nis", Today),
        new(KmLatn, "saek", Today.AddDays(1)),
        new(KmLatn, "thngai saek", Today.AddDays(1)),
        new(KmLatn, "msel minh", Today.AddDays(-1)),
        new(KmLatn, "15 mina", D(2026, 3, 15)),
        new(KmLatn, "thngai ti 15 khae mesa", D(2026, 4, 15)),
        new(KmLatn, "15/3/2026", D(2026, 3, 15)),
        new(KmLatn, "chhab chhab", null),
        new(En, "today", Today),
        new(En, "Tomorrow", Today.AddDays(1)),
        new(En, "tmr", Today.AddDays(1)),
        new(En, "yesterday", Today.AddDays(-1)),
        new(En, "15/3/2026", D(2026, 3, 15)),
        new(En, "15-3-2026", D(2026, 3, 15)),
        new(En, "15.03.2026", D(2026, 3, 15)),
        new(En, "5/4", D(2026, 4, 5)),
        new(En, "2026-04-05", D(2026, 4, 5)),
        new(En, "15 March 2026", D(2026, 3, 15)),
        new(En, "March 15", D(2026, 3, 15)),
        new(En, "15th of March", D(2026, 3, 15)),
        new(En, "on 1 Jan 2027", D(2027, 1, 1)),
        new(En, "25/12/2568", D(2025, 12, 25)),
        new(En, "29/2/2026", null),
        new(En, "13/13/2026", null),
        new(En, "32/1/2026", null),
        new(En, "soon", null),
        new(En, "next month", null),
        new(En, "today or tomorrow", null),
        new(En, "", null),
    ];
}
