using System.Globalization;
using Hotline.Domain.CheckIns;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Language;
using Hotline.Domain.Sms;

namespace Hotline.Content;

/// <summary>
/// content/checkins/plans.yaml: check-in plans, reminder timing and the texts a check-in sends. Every text is held to
/// the deny-list in all three forms (nothing a relative or a trafficker reading the phone would notice) and to a
/// budget of one SMS in Latin forms and two in Khmer script.
/// </summary>
public sealed class CheckInContent
{
    public const string File = "checkins/plans.yaml";
    public static readonly string[] TextKeys =
        ["opener", "reminder", "thanks", "talk", "work", "income", "income_currency", .. ReintegrationComponents.All.Select(ComponentKey)];

    /// <summary>The text key of a reintegration component's question.</summary>
    public static string ComponentKey(string component) => "component_" + component;

    public required IReadOnlyDictionary<string, CheckInPlan> Plans { get; init; }
    public required TimeSpan ReminderAfter { get; init; }
    public required TimeSpan MissedAfter { get; init; }
    public required IReadOnlyDictionary<string, LocalizedText> Texts { get; init; }

    /// <summary>How long a follow-up question waits for its answer; a later message goes to the ordinary dialog.</summary>
    public required TimeSpan AnswerWithin { get; init; }

    /// <summary>Approximate, dated exchange rates and the low-income threshold, both set by the organisation.</summary>
    public required IncomeRules Income { get; init; }

    public string Text(string key, LanguageForm language) => Texts[key].For(language);

    /// <summary>Reads and checks the file; problems go to <paramref name="issues"/>. Null when the file is missing.</summary>
    public static CheckInContent? Read(string directory, ICollection<ContentIssue> issues)
    {
        var path = Path.Combine(directory, File);
        if (!System.IO.File.Exists(path)) return null;
        void Error(string message) => issues.Add(new ContentIssue(IssueSeverity.Error, File, message));
        if (YamlDocument.Read(path, Error) is not IReadOnlyDictionary<string, object?> doc)
        {
            Error("expected a map at the top of the file");
            return null;
        }

        var plans = new Dictionary<string, CheckInPlan>(StringComparer.Ordinal);
        if (doc.GetValueOrDefault("plans") is IReadOnlyDictionary<string, object?> planMap)
            foreach (var (id, value) in planMap)
            {
                if (value is not IReadOnlyDictionary<string, object?> p) { Error($"plan {id}: expected a map"); continue; }
                var offsets = (p.GetValueOrDefault("offsets_days") as IEnumerable<object?> ?? []).Select(o => int.TryParse(o?.ToString(), out var d) ? d : -1).ToList();
                var every = int.TryParse(p.GetValueOrDefault("then_every_days")?.ToString(), out var e) ? e : 0;
                var plan = new CheckInPlan(id, offsets, every)
                {
                    Ask = (p.GetValueOrDefault("ask") as IEnumerable<object?> ?? []).Select(round => Questions(id, round, Error)).ToList(),
                    ThenAsk = Questions(id, p.GetValueOrDefault("then_ask"), Error),
                };
                foreach (var problem in plan.Validate()) Error(problem);
                plans[id] = plan;
            }
        if (plans.Count == 0) Error("no plans");

        var denyIssues = new List<ContentIssue>();
        var deny = ContentReader.ReadDenyList(directory, denyIssues);
        foreach (var issue in denyIssues) issues.Add(issue);
        var texts = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        var textMap = doc.GetValueOrDefault("texts") as IReadOnlyDictionary<string, object?>;
        foreach (var key in TextKeys)
        {
            if (textMap?.GetValueOrDefault(key) is not IReadOnlyDictionary<string, object?> forms) { Error($"text '{key}' is missing"); continue; }
            string Form(string code) => forms.GetValueOrDefault(code)?.ToString() ?? "";
            var text = new LocalizedText("checkin." + key, Form("km"), Form("km-Latn"), Form("en")) { Source = File };
            foreach (var language in LanguageForms.All)
            {
                var value = text.For(language);
                if (value.Length == 0) { Error($"text '{key}' has no {language.Code()} form"); continue; }
                foreach (var word in deny.Find(value)) Error($"text '{key}' ({language.Code()}) contains '{word}', which a check-in must never say");
                var cost = SmsSegments.Measure(value);
                var budget = language == LanguageForm.Km ? 2 : 1;
                if (cost.Segments > budget) Error($"text '{key}' ({language.Code()}) costs {cost.Segments} SMS; the budget is {budget}");
            }
            texts[key] = text;
        }

        var income = ReadIncome(doc.GetValueOrDefault("income") as IReadOnlyDictionary<string, object?>, Error);
        return new CheckInContent
        {
            Plans = plans,
            ReminderAfter = TimeSpan.FromHours(Hours(doc, "reminder_after_hours", 48)),
            MissedAfter = TimeSpan.FromHours(Hours(doc, "missed_after_hours", 120)),
            AnswerWithin = TimeSpan.FromHours(Hours(doc, "answer_within_hours", 24)),
            Texts = texts,
            Income = income,
        };
    }

    private static List<CheckInQuestion> Questions(string plan, object? list, Action<string> error)
    {
        var questions = new List<CheckInQuestion>();
        foreach (var item in list as IEnumerable<object?> ?? [])
            if (CheckInQuestions.TryParse(item?.ToString(), out var q)) questions.Add(q);
            else error($"plan {plan}: unknown question '{item}' (work, income or component)");
        return questions;
    }

    private static IncomeRules ReadIncome(IReadOnlyDictionary<string, object?>? map, Action<string> error)
    {
        var rates = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (map?.GetValueOrDefault("units_per_usd") is IReadOnlyDictionary<string, object?> rateMap)
            foreach (var (currency, value) in rateMap)
                rates[currency.ToUpperInvariant()] = decimal.TryParse(value?.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var r) ? r : -1;
        if (!DateOnly.TryParseExact(map?.GetValueOrDefault("rates_set_on")?.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var setOn))
            error("income.rates_set_on: the date the organisation set the rates (yyyy-mm-dd) is required — the rates are approximate and age");
        var threshold = decimal.TryParse(map?.GetValueOrDefault("low_income_below_usd")?.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var t) ? t : 0;
        var rules = new IncomeRules(rates, setOn, threshold);
        foreach (var problem in rules.Validate()) error(problem);
        return rules;
    }

    private static double Hours(IReadOnlyDictionary<string, object?> doc, string key, double fallback) =>
        double.TryParse(doc.GetValueOrDefault(key)?.ToString(), CultureInfo.InvariantCulture, out var h) ? h : fallback;
}
