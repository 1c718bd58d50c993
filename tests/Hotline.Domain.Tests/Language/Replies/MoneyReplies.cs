using Hotline.Domain.Language.Recognisers;
using static Hotline.Domain.Language.LanguageForm;

namespace Hotline.Domain.Tests.Language.Replies;

/// <summary>Answers to "How much did the broker ask you to pay?" and "What is your monthly wage?".</summary>
public static class MoneyReplies
{
    private static Money Usd(decimal a) => new(a, "USD");
    private static Money Khr(decimal a) => new(a, "KHR");
    private static Money Thb(decimal a) => new(a, "THB");
    private static Money Myr(decimal a) => new(a, "MYR");

    public static readonly Reply[] All =
    [
        new(Km, "៣០០$", Usd(300)),
        new(Km, "$៥០០", Usd(500)),
        new(Km, "៥០០ ដុល្លារ", Usd(500)),
        new(Km, "ប្រាំរយដុល្លារ", Usd(500)),
        new(Km, "មួយពាន់ដុល្លា", Usd(1000)),
        new(Km, "២០០០០០រៀល", Khr(200000)),
        new(Km, "២០០.០០០ ៛", Khr(200000)),
        new(Km, "៥ម៉ឺនរៀល", Khr(50000)),
        new(Km, "ប្រាំម៉ឺនរៀល", Khr(50000)),
        new(Km, "មួយលានរៀល", Khr(1000000)),
        new(Km, "៨០០០បាត", Thb(8000)),
        new(Km, "ប្រាំបីពាន់បាត", Thb(8000)),
        new(Km, "ខែមួយ ៩០០០ បាត", Thb(9000)),
        new(Km, "លុយ ៣០០ ដុល្លារ", Usd(300)),
        new(Km, "គេយក ៥០០$", Usd(500)),
        new(Km, "១៥០០ រីងហ្គីត", Myr(1500)),
        new(Km, "៥០០", new Money(500, null)),
        new(Km, "អត់មានលុយ", null),
        new(Km, "បាទ", null),
        new(KmLatn, "300$", Usd(300)),
        new(KmLatn, "500 dolla", Usd(500)),
        new(KmLatn, "500 dolar", Usd(500)),
        new(KmLatn, "pram roy dolla", Usd(500)),
        new(KmLatn, "3000 bat", Thb(3000)),
        new(KmLatn, "9000 baat", Thb(9000)),
        new(KmLatn, "bei poan bat", Thb(3000)),
        new(KmLatn, "5 meun riel", Khr(50000)),
        new(KmLatn, "200000 riel", Khr(200000)),
        new(KmLatn, "luy 400$", Usd(400)),
        new(KmLatn, "ke yok 600 dolla", Usd(600)),
        new(KmLatn, "1500 ringgit", Myr(1500)),
        new(KmLatn, "bat", null),
        new(KmLatn, "bat bong", null),
        new(KmLatn, "ot mean luy", null),
        new(En, "$300", Usd(300)),
        new(En, "$ 300", Usd(300)),
        new(En, "300 USD", Usd(300)),
        new(En, "300 dollars", Usd(300)),
        new(En, "US$250", Usd(250)),
        new(En, "$1,200", Usd(1200)),
        new(En, "$9.99", Usd(9.99m)),
        new(En, "50,000 riel", Khr(50000)),
        new(En, "50.000 riel", Khr(50000)),
        new(En, "50000៛", Khr(50000)),
        new(En, "1.2 million riel", Khr(1200000)),
        new(En, "3000 baht", Thb(3000)),
        new(En, "฿3000", Thb(3000)),
        new(En, "THB 12,000", Thb(12000)),
        new(En, "RM1500", Myr(1500)),
        new(En, "1,500 MYR", Myr(1500)),
        new(En, "2 million won", new Money(2000000, "KRW")),
        new(En, "5k", new Money(5000, null)),
        new(En, "about 300", new Money(300, null)),
        new(En, "he paid me $200 for 2 months", Usd(200)),
        new(En, "$300 or 400 dollars", null),
        new(En, "nothing", null),
        new(En, "yes", null),
        new(En, "", null),
    ];
}
