using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;
using YamlDotNet.RepresentationModel;

namespace Hotline.Content.Tests.HeldOut;

/// <summary>
/// The held-out corpus of December 2026: replies and first messages written by other hands than the word lists',
/// before the understanding work of that month, and frozen by hash. It measures; it is never tuned on. Scoring
/// rules (how an expectation written by a person is compared with a recogniser's value) live here and nowhere else.
/// </summary>
public static class HeldOutCorpus
{
    public const string DangerFile = "danger-intent.yaml";
    public const string RepliesFile = "replies.yaml";

    /// <summary>The sums the corpus was frozen with, the day it was written.</summary>
    public static readonly IReadOnlyDictionary<string, string> FrozenSha256 = new Dictionary<string, string>
    {
        [DangerFile] = "454aee62c85be937c5889a9637bf62c4c671f4f5553080057f4068421efc30c0",
        [RepliesFile] = "b29e40433c490626e6a0a96e710edd928842477ffc0abd53e1617f0780506952",
    };

    public static readonly DateOnly Today = new(2026, 3, 10);

    public static string PathOf(string file) => Path.Combine(RepositoryContent.RootDirectory, "tests", "Hotline.Content.Tests", "HeldOut", file);

    public static string Sha256Of(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(PathOf(file))));

    public sealed record Item(string List, string Form, string Text, string Expect, string Kind);

    public static IReadOnlyList<Item> Read(string file, string list)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(PathOf(file), Encoding.UTF8)) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var items = new List<Item>();
        foreach (var node in ((YamlSequenceNode)root.Children[new YamlScalarNode(list)]).Children.Cast<YamlMappingNode>())
        {
            string Scalar(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value ?? "" : "";
            var kind = list == "replies" ? Scalar("recogniser") : Scalar("kind");
            var expect = node.Children.TryGetValue(new YamlScalarNode("expect"), out var e) && e is YamlMappingNode m
                ? string.Join(";", m.Children.Select(c => $"{c.Key}={(c.Value is YamlMappingNode vm ? string.Join(",", vm.Children.Select(v => $"{v.Key}:{v.Value}")) : c.Value)}"))
                : Scalar("expect");
            items.Add(new Item(list, Scalar("form"), Scalar("text"), expect, kind));
        }
        return items;
    }

    /// <summary>Whether today's urgent detection flags the message (the only tier there is before the new model).</summary>
    public static bool IsFlaggedUrgent(UrgentPhrases urgent, string text) => urgent.Detect(TextNormaliser.Normalise(text)) is not null;

    /// <summary>Whether the recogniser named by the item gives what the writer expected.</summary>
    public static bool IsRight(Item item)
    {
        var text = TextNormaliser.Normalise(item.Text);
        var expect = item.Expect.Trim();
        var none = expect == "none";
        switch (item.Kind)
        {
            case "yesno":
                var yn = YesNoRecogniser.Recognise(text);
                // A "don't know" said as such is right when it is not taken as yes or no: the recogniser has no
                // don't-know value yet, so refusing both is the best it can do.
                return expect switch
                {
                    "yes" => yn?.Value == true,
                    "no" => yn?.Value == false,
                    _ => yn is null,
                };
            case "number":
                var n = NumberRecogniser.Recognise(text);
                return none ? n is null : n is not null && n.Value.Value.ToString(CultureInfo.InvariantCulture) == expect;
            case "age":
                var a = AgeRecogniser.Recognise(text);
                return none ? a is null : a is not null && a.Value.Value.ToString(CultureInfo.InvariantCulture) == expect;
            case "money":
                var money = MoneyRecogniser.Recognise(text);
                if (none) return money is null;
                if (money is null) return false;
                var parts = expect.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return money.Value.Value.Amount == decimal.Parse(parts[0], CultureInfo.InvariantCulture)
                    && (parts.Length == 1 ? money.Value.Value.Currency is null : money.Value.Value.Currency == parts[1]);
            case "duration":
                var d = DurationRecogniser.Recognise(text);
                if (none) return d is null;
                return d is not null && InDays(d.Value.Value.Amount, d.Value.Value.Unit) == ExpectedDays(expect);
            case "date":
                var date = DateRecogniser.Recognise(text, Today);
                if (none) return date is null;
                if (date is null) return false;
                return expect.Length == 7
                    ? date.Value.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture) == expect
                    : date.Value.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == expect;
            case "place":
                var place = PlaceRecogniser.Recognise(text);
                return none ? place is null : place is not null && SameName(place.Value.Value.EnglishName, expect);
            case "phone":
                var phone = PhoneRecogniser.Recognise(text);
                return none ? phone is null : phone is not null && phone.Value.Value.E164 == expect;
            default:
                throw new InvalidOperationException($"unknown recogniser '{item.Kind}' in the held-out corpus");
        }
    }

    // Months and years compare as months, days and weeks as days: "1 year 6 months" is 18 months either way.
    private static int InDays(int amount, DurationUnit unit) => unit switch
    {
        DurationUnit.Day => amount,
        DurationUnit.Week => amount * 7,
        DurationUnit.Month => amount * 30,
        _ => amount * 360,
    };

    private static int ExpectedDays(string expect)
    {
        var parts = expect.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var amount = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var unit = parts[1].TrimEnd('s') switch
        {
            "day" => DurationUnit.Day,
            "week" => DurationUnit.Week,
            "month" => DurationUnit.Month,
            "year" => DurationUnit.Year,
            var u => throw new InvalidOperationException($"unknown duration unit '{u}'"),
        };
        return InDays(amount, unit);
    }

    private static bool SameName(string ours, string theirs)
    {
        static string Key(string s) => new(s.ToLowerInvariant().Where(char.IsLetter).ToArray());
        return Key(ours) == Key(theirs);
    }
}
