using static Hotline.Domain.Language.LanguageForm;

namespace Hotline.Domain.Tests.Language.Replies;

/// <summary>First messages and replies, and the form the hotline should answer in.</summary>
public static class LanguageReplies
{
    public static readonly Reply[] All =
    [
        new(Km, "សួស្តី", Km),
        new(Km, "ជួយខ្ញុំផង", Km),
        new(Km, "ខ្ញុំចង់ទៅធ្វើការនៅថៃ", Km),
        new(Km, "ចាស", Km),
        new(Km, "១", Km),
        new(Km, "ខ្ញុំ​ចង់​ទៅ​ផ្ទះ", Km),
        new(Km, "ផ្ញើ STOP", Km),
        new(Km, "ប៉ូលីសចាប់ប្តីខ្ញុំ", Km),
        new(KmLatn, "Sousdey bong", KmLatn),
        new(KmLatn, "knhom chong tov thai", KmLatn),
        new(KmLatn, "jouy knhom phong", KmLatn),
        new(KmLatn, "Khnhom trov ka chumnuoy", KmLatn),
        new(KmLatn, "ot te", KmLatn),
        new(KmLatn, "bat bong", KmLatn),
        new(KmLatn, "cha", KmLatn),
        new(KmLatn, "arkun bong", KmLatn),
        new(KmLatn, "ke ot bek luy knhom", KmLatn),
        new(KmLatn, "som sour", KmLatn),
        new(KmLatn, "pasport knhom ke yok", KmLatn),
        new(KmLatn, "knhom nov srok thai", KmLatn),
        new(En, "Hello", En),
        new(En, "I need help", En),
        new(En, "My boss took my passport", En),
        new(En, "yes", En),
        new(En, "no", En),
        new(En, "Can you help me please?", En),
        new(En, "Where is the office", En),
        new(En, "thank you", En),
        new(En, "They did not pay me for three months", En),
        new(En, "STOP", En),
        new(En, "ok", null),
        new(En, "k", null),
        new(En, "123", null),
        new(En, "👍", null),
        new(En, "", null),
        new(En, "?", null),
        new(En, "Battambang", null),
    ];
}
