namespace Hotline.Domain.Language.Vocabulary;

internal enum QuantityKind : byte
{
    /// <summary>0–9 (and English 10–19): adds to the number being built.</summary>
    Unit,
    /// <summary>20, 30 … 90.</summary>
    Tens,
    /// <summary>Colloquial tens without "sep"/សិប (ប៉ែត, "paet"): a ten only when a unit or សិប follows.</summary>
    TensPrefix,
    /// <summary>សិប / "sep": turns a preceding tens prefix into tens.</summary>
    TensMarker,
    /// <summary>100.</summary>
    Hundred,
    /// <summary>1,000 and up (ពាន់ ម៉ឺន សែន លាន, thousand, million, "k").</summary>
    Scale,
    /// <summary>កន្លះ, "half": half of the scale just said.</summary>
    Half,
    /// <summary>"a", "an": one of what follows.</summary>
    Article,
    /// <summary>"and" inside an English number.</summary>
    And,
    Currency,
    DurationUnit,
    /// <summary>អាយុ, "age", "years old".</summary>
    AgeMarker,
    /// <summary>Words that soften a quantity without changing it ("about", "ប្រហែល", "luy").</summary>
    Filler,
}

internal readonly record struct QuantityWord(QuantityKind Kind, long Value = 0, string? Currency = null, Recognisers.DurationUnit Unit = default);

/// <summary>Number words, scale words, currencies, duration units and age markers in all three forms.</summary>
internal static class QuantityWords
{
    private static readonly (string[] Words, QuantityWord Word)[] Table =
    [
        // Khmer number words (CLDR km spellout; colloquial tens without សិប).
        (["សូន្យ"], new(QuantityKind.Unit, 0)),
        (["មួយ"], new(QuantityKind.Unit, 1)),
        (["ពីរ"], new(QuantityKind.Unit, 2)),
        (["បី"], new(QuantityKind.Unit, 3)),
        (["បួន"], new(QuantityKind.Unit, 4)),
        (["ប្រាំ"], new(QuantityKind.Unit, 5)),
        (["ដប់", "ដប"], new(QuantityKind.Tens, 10)),
        (["ម្ភៃ"], new(QuantityKind.Tens, 20)),
        (["សាមសិប"], new(QuantityKind.Tens, 30)),
        (["សែសិប"], new(QuantityKind.Tens, 40)),
        (["ហាសិប"], new(QuantityKind.Tens, 50)),
        (["ហុកសិប"], new(QuantityKind.Tens, 60)),
        (["ចិតសិប"], new(QuantityKind.Tens, 70)),
        (["ប៉ែតសិប"], new(QuantityKind.Tens, 80)),
        (["កៅសិប"], new(QuantityKind.Tens, 90)),
        (["សាម"], new(QuantityKind.TensPrefix, 30)),
        (["សែ"], new(QuantityKind.TensPrefix, 40)),
        (["ហា"], new(QuantityKind.TensPrefix, 50)),
        (["ហុក"], new(QuantityKind.TensPrefix, 60)),
        (["ចិត"], new(QuantityKind.TensPrefix, 70)),
        (["ប៉ែត"], new(QuantityKind.TensPrefix, 80)),
        (["កៅ"], new(QuantityKind.TensPrefix, 90)),
        (["សិប"], new(QuantityKind.TensMarker, 10)),
        (["រយ"], new(QuantityKind.Hundred, 100)),
        (["ពាន់"], new(QuantityKind.Scale, 1_000)),
        (["ម៉ឺន"], new(QuantityKind.Scale, 10_000)),
        (["សែន"], new(QuantityKind.Scale, 100_000)),
        (["លាន"], new(QuantityKind.Scale, 1_000_000)),
        (["កោដិ"], new(QuantityKind.Scale, 10_000_000)),
        (["កន្លះ"], new(QuantityKind.Half)),

        // Romanized Khmer number words (common chat spellings).
        (["soun", "sone", "sonh", "sounh"], new(QuantityKind.Unit, 0)),
        (["muoy", "moy", "muy", "mouy", "muoi", "mui", "mouy", "mooy"], new(QuantityKind.Unit, 1)),
        (["pii", "pi", "pir", "pee", "bpii", "pil"], new(QuantityKind.Unit, 2)),
        (["bei", "bey", "bai"], new(QuantityKind.Unit, 3)),
        (["buon", "boun", "buan", "bourn", "buorn", "boon"], new(QuantityKind.Unit, 4)),
        (["pram", "bram", "prum", "pra"], new(QuantityKind.Unit, 5)),
        (["dop", "dob", "dap", "dorp"], new(QuantityKind.Tens, 10)),
        (["mphei", "mphey", "mphay", "mpey", "mpei", "mophey", "mophei", "mapei", "mapey", "mpai", "mphai", "mopei"], new(QuantityKind.Tens, 20)),
        (["samsep", "samsip", "samseb"], new(QuantityKind.Tens, 30)),
        (["saesep", "sesep", "saesip", "saeseb"], new(QuantityKind.Tens, 40)),
        (["hasep", "hasip", "haseb"], new(QuantityKind.Tens, 50)),
        (["hoksep", "hoksip", "hokseb"], new(QuantityKind.Tens, 60)),
        (["chetsep", "chetsip", "chetseb"], new(QuantityKind.Tens, 70)),
        (["paetsep", "petsep", "paetsip", "paetseb"], new(QuantityKind.Tens, 80)),
        (["kaosep", "kausep", "kaosip", "kaoseb"], new(QuantityKind.Tens, 90)),
        (["sam"], new(QuantityKind.TensPrefix, 30)),
        (["sae", "se"], new(QuantityKind.TensPrefix, 40)),
        (["ha"], new(QuantityKind.TensPrefix, 50)),
        (["hok"], new(QuantityKind.TensPrefix, 60)),
        (["chet"], new(QuantityKind.TensPrefix, 70)),
        (["paet", "pet"], new(QuantityKind.TensPrefix, 80)),
        (["kao", "kau"], new(QuantityKind.TensPrefix, 90)),
        (["sep", "sip", "seb"], new(QuantityKind.TensMarker, 10)),
        (["roy", "rouy", "roi", "rory"], new(QuantityKind.Hundred, 100)),
        (["poan", "pon", "pean", "pan", "porn", "poen", "poun"], new(QuantityKind.Scale, 1_000)),
        (["meun", "mern", "moeun", "mern", "meurn", "mœun"], new(QuantityKind.Scale, 10_000)),
        (["saen", "sen", "sean"], new(QuantityKind.Scale, 100_000)),
        (["lean", "lien", "lian", "leang"], new(QuantityKind.Scale, 1_000_000)),
        (["kanlah", "konlah", "kanla", "konla"], new(QuantityKind.Half)),

        // English.
        (["zero", "nil", "none"], new(QuantityKind.Unit, 0)),
        (["one"], new(QuantityKind.Unit, 1)),
        (["two"], new(QuantityKind.Unit, 2)),
        (["three"], new(QuantityKind.Unit, 3)),
        (["four"], new(QuantityKind.Unit, 4)),
        (["five"], new(QuantityKind.Unit, 5)),
        (["six"], new(QuantityKind.Unit, 6)),
        (["seven"], new(QuantityKind.Unit, 7)),
        (["eight"], new(QuantityKind.Unit, 8)),
        (["nine"], new(QuantityKind.Unit, 9)),
        (["ten"], new(QuantityKind.Unit, 10)),
        (["eleven"], new(QuantityKind.Unit, 11)),
        (["twelve"], new(QuantityKind.Unit, 12)),
        (["thirteen"], new(QuantityKind.Unit, 13)),
        (["fourteen"], new(QuantityKind.Unit, 14)),
        (["fifteen"], new(QuantityKind.Unit, 15)),
        (["sixteen"], new(QuantityKind.Unit, 16)),
        (["seventeen"], new(QuantityKind.Unit, 17)),
        (["eighteen"], new(QuantityKind.Unit, 18)),
        (["nineteen"], new(QuantityKind.Unit, 19)),
        (["twenty"], new(QuantityKind.Tens, 20)),
        (["thirty"], new(QuantityKind.Tens, 30)),
        (["forty", "fourty"], new(QuantityKind.Tens, 40)),
        (["fifty"], new(QuantityKind.Tens, 50)),
        (["sixty"], new(QuantityKind.Tens, 60)),
        (["seventy"], new(QuantityKind.Tens, 70)),
        (["eighty"], new(QuantityKind.Tens, 80)),
        (["ninety"], new(QuantityKind.Tens, 90)),
        (["hundred", "hundreds"], new(QuantityKind.Hundred, 100)),
        (["thousand", "thousands", "k"], new(QuantityKind.Scale, 1_000)),
        (["million", "millions", "mil", "mn"], new(QuantityKind.Scale, 1_000_000)),
        (["billion"], new(QuantityKind.Scale, 1_000_000_000)),
        (["half"], new(QuantityKind.Half)),
        (["a", "an"], new(QuantityKind.Article, 1)),
        (["and"], new(QuantityKind.And)),

        // Currencies. Signs and codes may stand before or after the amount; words after it.
        (["$", "usd", "us$", "dollar", "dollars", "dolla", "dola", "dolar", "dolars", "dollas", "doller", "dollor", "doula", "ដុល្លារ", "ដុល្លារអាមេរិក"], new(QuantityKind.Currency, Currency: "USD")),
        (["៛", "riel", "riels", "real", "reil", "rial", "khr", "រៀល", "រៀលខ្មែរ"], new(QuantityKind.Currency, Currency: "KHR")),
        (["฿", "baht", "bath", "bat", "baat", "thb", "បាត", "បាតថៃ", "បាទ"], new(QuantityKind.Currency, Currency: "THB")),
        (["rm", "ringgit", "ringit", "ringet", "myr", "រីងហ្គីត", "រីងហ្គីតម៉ាឡេស៊ី", "រីងហ្គិត"], new(QuantityKind.Currency, Currency: "MYR")),
        (["₩", "won", "krw", "វ៉ុន"], new(QuantityKind.Currency, Currency: "KRW")),
        (["¥", "yen", "jpy", "យេន"], new(QuantityKind.Currency, Currency: "JPY")),
        (["yuan", "rmb", "cny", "យ័ន", "យន់"], new(QuantityKind.Currency, Currency: "CNY")),

        // Duration units.
        (["day", "days", "d", "ថ្ងៃ", "thngai", "tngai", "thngay", "tngay", "tnai", "thgnai", "tgnai", "thnai"], new(QuantityKind.DurationUnit, Unit: Recognisers.DurationUnit.Day)),
        (["week", "weeks", "wk", "wks", "សប្តាហ៍", "អាទិត្យ", "sapda", "sabda", "septa", "sapada", "atit", "aatit", "arthit", "athit"], new(QuantityKind.DurationUnit, Unit: Recognisers.DurationUnit.Week)),
        (["month", "months", "mth", "mths", "mo", "ខែ", "khae", "khe", "kae", "khai", "kaeh"], new(QuantityKind.DurationUnit, Unit: Recognisers.DurationUnit.Month)),
        (["year", "years", "yr", "yrs", "ឆ្នាំ", "chhnam", "chnam", "chnum", "chhnum", "chham", "chnoam", "chhnoam"], new(QuantityKind.DurationUnit, Unit: Recognisers.DurationUnit.Year)),

        // Age markers.
        (["age", "aged", "old", "years old", "yrs old", "yo", "y o", "im", "i am", "អាយុ", "ayu", "aiyu", "ayuk", "aryu", "ayou"], new(QuantityKind.AgeMarker)),

        // Softeners.
        (["about", "around", "approx", "approximately", "roughly", "maybe", "only", "just", "over", "almost", "nearly", "ប្រហែល", "ប្រហែលជា", "ជាង",
          "brohel", "prohel", "brohael", "prohael", "luy", "lui", "louy", "prak", "លុយ", "ប្រាក់", "money", "cost", "paid", "pay", "is", "it", "was",
          "my", "number", "no", "lek", "លេខ", "ទី", "ti", "tee", "knhom", "khnhom", "ខ្ញុំ", "អស់", "os", "ors", "total", "tlai", "ថ្លៃ", "the", "of"],
         new(QuantityKind.Filler)),
    ];

    public static readonly Lexicon<QuantityWord> Lexicon = new(Table.SelectMany(row => row.Words.Select(w => (w, row.Word))));

    /// <summary>Only number words, for splitting run-together romanized numbers ("mpheypram" → mphey pram).</summary>
    public static readonly Lexicon<QuantityWord> NumberWordsOnly = new(
        Table.Where(row => row.Word.Kind is QuantityKind.Unit or QuantityKind.Tens or QuantityKind.TensPrefix or QuantityKind.TensMarker
                or QuantityKind.Hundred or QuantityKind.Scale or QuantityKind.Half)
            .SelectMany(row => row.Words.Where(w => w.Length >= 2 && w[0] is >= 'a' and <= 'z').Select(w => (w, row.Word))));
}
