using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.Language.Vocabulary;

internal sealed record PlaceName(Place Place, bool IsTown);

/// <summary>
/// The 25 provinces of Cambodia (ISO 3166-2:KH codes, Khmer names as in CLDR, romanized and English spellings
/// people type) and the countries migrants go to. Towns are listed only where the province is certain
/// (Poipet is in Banteay Meanchey; Bavet in Svay Rieng) and are answered with less confidence: the person
/// named a town, not a province.
/// </summary>
internal static class PlaceNames
{
    private static Place P(string code, string name) => new(code, PlaceKind.Province, name);
    private static Place C(string code, string name) => new(code, PlaceKind.Country, name);

    private static readonly (Place Place, string[] Names, string[] Towns)[] Table =
    [
        (P("KH-1", "Banteay Meanchey"), ["បន្ទាយមានជ័យ", "banteay meanchey", "banteay mean chey", "banteay meanchay", "bmc", "b.m.c"], ["ប៉ោយប៉ែត", "poipet", "poi pet", "paoy paet", "ស៊ីសុផុន", "sisophon", "serei saophoan", "serey sophorn"]),
        (P("KH-2", "Battambang"), ["បាត់ដំបង", "battambang", "batdambang", "battambong", "batambang", "batdambong", "btb", "bat dambang"], []),
        (P("KH-3", "Kampong Cham"), ["កំពង់ចាម", "kampong cham", "kompong cham", "kg cham", "kpc", "kampongcham"], []),
        (P("KH-4", "Kampong Chhnang"), ["កំពង់ឆ្នាំង", "kampong chhnang", "kompong chhnang", "kampong chnang", "kompong chnang", "kg chhnang"], []),
        (P("KH-5", "Kampong Speu"), ["កំពង់ស្ពឺ", "kampong speu", "kompong speu", "kampong spueu", "kg speu", "kps"], []),
        (P("KH-6", "Kampong Thom"), ["កំពង់ធំ", "kampong thom", "kompong thom", "kampong thum", "kg thom"], []),
        (P("KH-7", "Kampot"), ["កំពត", "kampot", "kompot"], []),
        (P("KH-8", "Kandal"), ["កណ្តាល", "kandal", "kandaal", "kondal"], ["តាខ្មៅ", "takhmao", "ta khmao"]),
        (P("KH-9", "Koh Kong"), ["កោះកុង", "koh kong", "kaoh kong", "koh kung"], []),
        (P("KH-10", "Kratie"), ["ក្រចេះ", "kratie", "kracheh", "krachesh", "kratieh"], []),
        (P("KH-11", "Mondulkiri"), ["មណ្ឌលគិរី", "mondulkiri", "mondul kiri", "mondolkiri", "mondol kiri", "mundulkiri"], []),
        (P("KH-12", "Phnom Penh"), ["ភ្នំពេញ", "phnom penh", "phnompenh", "pnom penh", "pnompenh", "phnom pen", "pp", "pnh"], []),
        (P("KH-13", "Preah Vihear"), ["ព្រះវិហារ", "preah vihear", "preahvihear", "preah vihea", "prah vihear"], []),
        (P("KH-14", "Prey Veng"), ["ព្រៃវែង", "prey veng", "preyveng", "prey veaeng", "prey vaeng"], []),
        (P("KH-15", "Pursat"), ["ពោធិ៍សាត់", "pursat", "pousat", "pouthisat", "porsat", "pousaat"], []),
        (P("KH-16", "Ratanakiri"), ["រតនគិរី", "ratanakiri", "rattanakiri", "ratanakkiri", "rotanakiri", "rotanak kiri", "ratanak kiri"], []),
        (P("KH-17", "Siem Reap"), ["សៀមរាប", "siem reap", "siemreap", "siem riep", "siem reab", "seam reap", "siam reap"], []),
        (P("KH-18", "Preah Sihanouk"), ["ព្រះសីហនុ", "កំពង់សោម", "preah sihanouk", "sihanouk", "sihanoukville", "kampong som", "kompong som", "snv"], []),
        (P("KH-19", "Stung Treng"), ["ស្ទឹងត្រែង", "stung treng", "stungtreng", "stueng traeng", "steung treng"], []),
        (P("KH-20", "Svay Rieng"), ["ស្វាយរៀង", "svay rieng", "svayrieng", "svaay rieng", "svay reng"], ["បាវិត", "bavet"]),
        (P("KH-21", "Takeo"), ["តាកែវ", "takeo", "takev", "taakaev", "ta keo"], []),
        (P("KH-22", "Oddar Meanchey"), ["ឧត្តរមានជ័យ", "oddar meanchey", "oddar mean chey", "otdar meanchey", "otdar mean chey", "odor meanchey", "udor meanchey"], []),
        (P("KH-23", "Kep"), ["កែប", "kep", "kaeb"], []),
        (P("KH-24", "Pailin"), ["ប៉ៃលិន", "pailin", "pai lin"], []),
        (P("KH-25", "Tbong Khmum"), ["ត្បូងឃ្មុំ", "tbong khmum", "tboung khmum", "tbong khmom", "tbaung khmum"], []),

        (C("KH", "Cambodia"), ["កម្ពុជា", "ស្រុកខ្មែរ", "ប្រទេសកម្ពុជា", "cambodia", "kampuchea", "srok khmer", "srok khmae"], []),
        (C("TH", "Thailand"), ["ថៃ", "thai", "thailand", "thai land", "tailand", "srok thai", "prates thai", "protes thai", "pratesh thai"],
            ["បាងកក", "bangkok", "bkk", "pattaya", "chonburi", "chon buri", "rayong", "ស្រះកែវ", "sa kaeo", "chanthaburi", "trat"]),
        (C("MY", "Malaysia"), ["ម៉ាឡេស៊ី", "ម៉ាឡេស៊ីយ៉ា", "malaysia", "malaysi", "maleysi", "malaysa", "malaisia", "malesia", "malesi", "malay"],
            ["kuala lumpur", "johor", "penang", "selangor"]),
        (C("KR", "South Korea"), ["កូរ៉េ", "កូរ៉េខាងត្បូង", "korea", "south korea", "kore", "korea tbong", "kaule", "kourea", "coree"], ["seoul", "busan"]),
        (C("JP", "Japan"), ["ជប៉ុន", "japan", "japon", "chbon", "cheapon", "japun", "choppon"], ["tokyo", "osaka"]),
        (C("CN", "China"), ["ចិន", "china", "chin", "srok chin"], []),
        (C("VN", "Vietnam"), ["វៀតណាម", "យួន", "vietnam", "viet nam", "yuon", "youn", "srok yuon"], []),
        (C("SG", "Singapore"), ["សិង្ហបុរី", "singapore", "singapo", "singhapore", "singhbori", "sg"], []),
        (C("SA", "Saudi Arabia"), ["អារ៉ាប៊ីសាអូឌីត", "អារ៉ាប៊ី", "saudi", "saudi arabia", "arab saudi", "saudia", "ksa"], ["riyadh", "jeddah"]),
        (C("TW", "Taiwan"), ["តៃវ៉ាន់", "taiwan", "tai wan", "taiwon"], []),
        (C("LA", "Laos"), ["ឡាវ", "laos", "lao", "srok leav"], []),
        (C("AE", "United Arab Emirates"), ["អេមីរ៉ាត", "uae", "emirates", "united arab emirates"], ["dubai", "ឌូបៃ"]),
        (C("QA", "Qatar"), ["កាតា", "qatar", "katar"], []),
        (C("HK", "Hong Kong"), ["ហុងកុង", "hong kong", "hongkong"], []),
        (C("MM", "Myanmar"), ["មីយ៉ាន់ម៉ា", "myanmar", "burma"], []),
        (C("ID", "Indonesia"), ["ឥណ្ឌូនេស៊ី", "indonesia"], []),
    ];

    /// <summary>Every name, keyed without spaces so "siemreap" and "siem reap" are the same entry.</summary>
    public static readonly Lexicon<PlaceName> Lexicon = new(
        Table.SelectMany(row => row.Names.Select(n => (Compact(n), new PlaceName(row.Place, false)))
            .Concat(row.Towns.Select(n => (Compact(n), new PlaceName(row.Place, true))))));

    /// <summary>Latin names of at least six letters, for catching one-letter typos ("battambnag").</summary>
    public static readonly (string Name, PlaceName Place)[] LatinForTypos =
        Lexicon.Entries.Where(e => e.Key.Length >= 6 && e.Key[0] is >= 'a' and <= 'z').Select(e => (e.Key, e.Value)).ToArray();

    private static string Compact(string name) => TextNormaliser.Key(name).Replace(" ", "", StringComparison.Ordinal);
}
