using System.Globalization;
using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.Tests.Language.Replies;

/// <summary>Turns reply tables into theory rows a person can read in the test list: form, reply, expected.</summary>
public static class ReplyData
{
    public static TheoryData<string, string, string> Rows(IEnumerable<Reply> replies)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var r in replies) data.Add(r.Form.Code(), r.Text, Describe(r.Expected));
        return data;
    }

    public static string Read(RecogniserName recogniser, string form, string text, DateOnly today, PreparedChoices? options = null)
    {
        LanguageForms.TryParse(form, out var f);
        return Describe(ReplyRunner.Run(recogniser, new Reply(f, text, null), today, options));
    }

    public static string Describe(object? value) => value switch
    {
        null => "(not recognised)",
        bool b => b ? "yes" : "no",
        Money m => $"{m.Amount.ToString(CultureInfo.InvariantCulture)} {m.Currency ?? "(no currency)"}",
        PhoneNumber p => $"{p.E164} {p.Country}",
        Duration d => $"{d.Amount} {d.Unit}",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        LanguageForm l => l.Code(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
