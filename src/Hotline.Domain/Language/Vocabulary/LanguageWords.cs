namespace Hotline.Domain.Language.Vocabulary;

/// <summary>
/// Words that tell romanized Khmer from English. Words common to both ("mean", "min", "thai", "ok") are
/// deliberately left out: they say nothing about the language.
/// </summary>
internal static class LanguageWords
{
    private static readonly string[] RomanizedKhmer =
    [
        "knhom", "khnhom", "nhom", "kgnom", "knyom", "khnom", "jong", "chong", "trov", "trouv", "tro", "ka", "kar", "jouy", "chuoy", "chuoi", "chouy", "juoy",
        "juy", "chuy", "jouy", "ban", "baan", "te", "tey", "tei", "teh", "ot", "ort", "aut", "awt", "ott", "bat", "baat", "bart", "cha", "chaa", "chas", "jas",
        "jaa", "jaah", "som", "sum", "tov", "tow", "dov", "luy", "lui", "louy", "nov", "nouv", "mok", "arkun", "orkun", "akun", "okun", "orkoun", "phong",
        "pong", "bong", "oun", "srok", "khaet", "khet", "krong", "neak", "nak", "reu", "rue", "avey", "ey", "nas", "nis", "nih", "heuy", "hoy", "haey",
        "haeuy", "tae", "dae", "kom", "pel", "chhnam", "chnam", "khae", "thngai", "tngai", "sapda", "atit", "mphey", "mphei", "pram", "muoy", "pii", "bei",
        "buon", "dop", "roy", "poan", "meun", "saen", "lean", "deng", "doeng", "prak", "kmean", "yol", "prom", "chhob", "chob", "banhchhob", "tver",
        "twer", "chenh", "choul", "sabay", "sabai", "sok", "chea", "cheat", "jea", "ning", "neng", "yeung", "yerng", "mae", "ov", "kon", "bropun", "bdey",
        "pteah", "phteah", "ptes", "khnong", "knong", "leng", "chhmous", "chmous", "ayu", "bong", "samrab", "tam", "del", "dael", "mdong", "ponman",
        "bonman", "pon", "tlai", "kampuchea", "khmae", "chab", "chap", "polis", "rot", "veay", "chheu", "robuos", "asan", "bontoan", "kroh", "thnak",
        "likhet", "chhlong", "den", "monus", "kngai", "chngay", "chhngay", "jit", "chit", "mnak", "mneak", "kuo", "kour", "mel", "meul", "nham", "hob",
        "lerng", "laeng", "hery", "knea", "sdab", "niyeay", "sruol", "pibak", "chres", "chhop", "min",
    ];

    private static readonly string[] English =
    [
        "i", "me", "my", "you", "your", "the", "a", "an", "is", "are", "am", "was", "were", "be", "been", "have", "has", "had", "do", "does", "did", "not",
        "no", "yes", "yeah", "yep", "nope", "please", "thanks", "thank", "help", "need", "want", "with", "for", "to", "of", "in", "on", "at", "from",
        "and", "or", "but", "this", "that", "what", "where", "when", "how", "why", "who", "can", "could", "would", "will", "should", "hello", "hi",
        "job", "work", "working", "money", "passport", "police", "stop", "sorry", "sure", "it", "they", "we", "he", "she", "him", "her", "our", "us",
        "there", "here", "go", "going", "get", "got", "just", "now", "today", "tomorrow", "yesterday", "day", "days", "month", "months", "year",
        "years", "old", "agency", "broker", "boss", "employer", "salary", "wages", "phone", "number", "call", "english", "dont", "im", "know", "like",
        "very", "much", "many", "some", "any", "good", "bad", "home", "come", "back", "family", "children", "wife", "husband", "please", "paid",
        "pay", "unpaid", "owe", "debt", "contract", "visa", "hurt", "sick", "danger", "urgent", "afraid", "scared", "cannot", "cant", "wont", "didnt",
        "doesnt", "isnt", "arent", "if", "about", "after", "before", "because", "still", "again", "only", "also", "than", "then", "them", "their",
        "which", "while", "into", "out", "up", "down", "over", "under", "friend", "brother", "sister", "mother", "father", "daughter", "son",
        "alright", "okay", "good", "fine", "where", "live", "living", "stay", "staying", "factory", "farm", "boat", "fishing", "construction",
        "left", "took", "taken", "keep", "kept", "lost", "give", "gave", "send", "sent", "message", "thanks", "welcome", "bye", "goodbye",
    ];

    private static readonly HashSet<string> EnglishOnly = new(English, StringComparer.Ordinal);

    public static readonly Lexicon<LanguageForm> Words = new(
        RomanizedKhmer.Where(w => !EnglishOnly.Contains(w)).Select(w => (w, LanguageForm.KmLatn))
            .Concat(English.Where(w => !RomanizedKhmer.Contains(w)).Select(w => (w, LanguageForm.En))));
}
