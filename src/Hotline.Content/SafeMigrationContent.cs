using System.Globalization;
using Hotline.Domain.Agencies;
using Hotline.Domain.Destinations;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Dialogs.Actions;
using Hotline.Domain.Language;
using Hotline.Domain.Referrals;
using Hotline.Domain.SafeMigration;
using Hotline.Domain.Screening;

namespace Hotline.Content;

/// <summary>
/// The safe-migration data under <c>content/</c> — the screening model, destinations, referral directory and
/// agency register — read into the Domain records, validated, and turned into the pure actions
/// (<c>screen_offer</c>, <c>destination_info</c>, <c>find_service</c>, <c>lookup_agency</c>). Each file is
/// optional: without it its action is simply not registered (the flow's <c>unavailable</c> outcome applies).
/// The words a person can receive from these files are also exposed as texts (<see cref="Texts"/>), so the
/// deny-list and transcripts cover them: <c>screening.reason.{indicator}</c>, <c>screening.step.{step}</c>,
/// <c>destinations.{destination}.{topic}.{n}</c> (n from 1) and <c>services.need.{need}</c>.
/// </summary>
public sealed class SafeMigrationContent
{
    public const string ScreeningFile = "screening/indicators.yaml";
    public const string DestinationsFolder = "destinations";
    public const string ServicesFile = "services.yaml";
    public const string AgenciesFolder = "agencies";
    public const string EmergencyFile = "emergency.yaml";

    public ScreeningModel? Screening { get; private init; }
    public IReadOnlyList<DestinationInfo> Destinations { get; private init; } = [];
    public ServiceDirectory? Services { get; private init; }
    public AgencyRegister? Agencies { get; private set; }

    /// <summary>Emergency numbers by country for the urgent safety message (<c>emergency.yaml</c>).</summary>
    public Hotline.Domain.Cases.EmergencyContacts? Emergency { get; private init; }

    /// <summary>Replaces the register read from content/agencies (the shipped sample) with one the operator imported.</summary>
    public void UseAgencies(AgencyRegister register) => Agencies = register;

    /// <summary>Client-facing words from the data files, by text key.</summary>
    public IReadOnlyDictionary<string, LocalizedText> Texts { get; private init; } = new Dictionary<string, LocalizedText>();

    /// <summary>Files read, for the content version.</summary>
    internal IReadOnlyList<string> Files { get; private init; } = [];

    public static SafeMigrationContent Read(string directory, ICollection<ContentIssue> issues)
    {
        var texts = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        var files = new List<string>();
        ScreeningModel? screening = null;
        var destinations = new List<DestinationInfo>();
        ServiceDirectory? services = null;
        AgencyRegister? agencies = null;
        Hotline.Domain.Cases.EmergencyContacts? emergency = null;

        if (Load(ScreeningFile) is IReadOnlyDictionary<string, object?> s)
        {
            screening = ReadScreening(s, new Reader(ScreeningFile, issues));
            Problems(ScreeningFile, screening.Validate());
            foreach (var i in screening.Indicators) Text($"screening.reason.{i.Id}", i.Reason, ScreeningFile);
            foreach (var step in screening.NextSteps) Text($"screening.step.{step.Key}", step.Text, ScreeningFile);
        }

        foreach (var file in Folder(DestinationsFolder, "*.yaml"))
        {
            if (Load(file) is not IReadOnlyDictionary<string, object?> d) continue;
            var info = ReadDestination(d, new Reader(file, issues));
            if (destinations.Any(x => x.Key == info.Key))
            {
                issues.Add(new ContentIssue(IssueSeverity.Error, file, $"another file already defines destination '{info.Key}'"));
                continue;
            }
            destinations.Add(info);
            Problems(file, info.Validate());
            foreach (var topic in info.Topics)
            {
                for (var n = 0; n < topic.Chunks.Count; n++) Text($"destinations.{info.Key}.{topic.Key}.{n + 1}", topic.Chunks[n].Text, file);
            }
        }

        if (Load(ServicesFile) is IReadOnlyDictionary<string, object?> sv)
        {
            var reader = new Reader(ServicesFile, issues);
            services = new ServiceDirectory(reader.List(sv, "services").Select(reader.Service).OfType<ReferralService>().ToList());
            Problems(ServicesFile, services.Validate());
            var needs = reader.Map(sv, "needs");
            foreach (var need in Enum.GetValues<ServiceNeed>())
            {
                if (needs?.GetValueOrDefault(need.Word()) is IReadOnlyDictionary<string, object?> label)
                    Text(FindServiceAction.NeedKey(need), reader.Forms(label, $"needs.{need.Word()}"), ServicesFile);
                else reader.Error($"needs: '{need.Word()}' has no label");
            }
        }

        if (Load(EmergencyFile) is IReadOnlyDictionary<string, object?> em)
        {
            var reader = new Reader(EmergencyFile, issues);
            emergency = ReadEmergency(em, reader);
            Problems(EmergencyFile, emergency.Validate());
            foreach (var (label, forms) in emergency.Labels)
            {
                var byForm = new Dictionary<LanguageForm, string>();
                foreach (var form in LanguageForms.All)
                {
                    if (forms.GetValueOrDefault(form.Code()) is { } t) byForm[form] = t;
                }
                Text($"emergency.label.{label}", byForm, EmergencyFile);
            }
        }

        var agencyRows = new List<Agency>();
        foreach (var file in Folder(AgenciesFolder, "*.csv"))
        {
            files.Add(file);
            var result = AgencyCsv.Parse(File.ReadAllText(Path.Combine(directory, file)));
            foreach (var error in result.Errors) issues.Add(new ContentIssue(IssueSeverity.Error, file, $"line {error.Line}: {error.Message}"));
            if (result.Agencies.Count == 0 && result.Errors.Count == 0)
                issues.Add(new ContentIssue(IssueSeverity.Error, file, "the register has no agencies"));
            agencyRows.AddRange(result.Agencies);
        }
        foreach (var group in agencyRows.GroupBy(a => AgencyNameKey.Licence(a.LicenceNumber)).Where(g => g.Count() > 1))
            issues.Add(new ContentIssue(IssueSeverity.Error, AgenciesFolder, $"licence number {group.First().LicenceNumber} is in more than one file"));
        if (agencyRows.Count > 0) agencies = new AgencyRegister(agencyRows);

        return new SafeMigrationContent
        {
            Screening = screening,
            Destinations = destinations,
            Services = services,
            Agencies = agencies,
            Emergency = emergency,
            Texts = texts,
            Files = files,
        };

        object? Load(string relative)
        {
            var path = Path.Combine(directory, relative);
            if (!File.Exists(path)) return null;
            files.Add(relative);
            var doc = YamlDocument.Read(path, m => issues.Add(new ContentIssue(IssueSeverity.Error, relative, m)));
            if (doc is not null and not IReadOnlyDictionary<string, object?>)
                issues.Add(new ContentIssue(IssueSeverity.Error, relative, "expected a map at the top of the file"));
            return doc;
        }

        IEnumerable<string> Folder(string folder, string pattern)
        {
            var path = Path.Combine(directory, folder);
            return Directory.Exists(path)
                ? Directory.EnumerateFiles(path, pattern).Select(f => folder + "/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList()
                : [];
        }

        void Problems(string file, IEnumerable<string> problems)
        {
            foreach (var p in problems) issues.Add(new ContentIssue(IssueSeverity.Error, file, p));
        }

        void Text(string key, IReadOnlyDictionary<LanguageForm, string> forms, string file) =>
            texts[key] = new LocalizedText(key, forms.GetValueOrDefault(LanguageForm.Km) ?? "",
                forms.GetValueOrDefault(LanguageForm.KmLatn) ?? "", forms.GetValueOrDefault(LanguageForm.En) ?? "") { Source = file };
    }

    /// <summary>The pure actions this data supports, speaking with <paramref name="texts"/> (the content's texts and <see cref="Texts"/>).</summary>
    public IReadOnlyList<IDialogAction> Actions(IReadOnlyDictionary<string, LocalizedText> texts)
    {
        var book = new ActionTexts(texts);
        var actions = new List<IDialogAction>();
        if (Screening is not null) actions.Add(new ScreenOfferAction(Screening, book));
        if (Agencies is not null) actions.Add(new LookupAgencyAction(Agencies, book));
        if (Agencies is not null) actions.Add(new ReportAgencyAction(Agencies));
        if (Services is not null) actions.Add(new FindServiceAction(Services, book));
        if (Destinations.Count > 0) actions.Add(new DestinationInfoAction(Destinations));
        if (Emergency is not null) actions.Add(new EmergencyNumbersAction(Emergency));
        return actions;
    }

    private static Hotline.Domain.Cases.EmergencyContacts ReadEmergency(IReadOnlyDictionary<string, object?> doc, Reader r)
    {
        var labels = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (label, value) in r.Map(doc, "labels") ?? new Dictionary<string, object?>())
        {
            var forms = new Dictionary<string, string>(StringComparer.Ordinal);
            if (value is IReadOnlyDictionary<string, object?> m)
            {
                foreach (var (form, text) in m)
                {
                    if (text is string t && t.Trim().Length > 0) forms[form] = t.Trim();
                }
            }
            else r.Error($"labels: '{label}' must be a map of km, km-Latn and en");
            labels[label] = forms;
        }
        var countries = r.List(doc, "countries").OfType<IReadOnlyDictionary<string, object?>>()
            .Select(c => new Hotline.Domain.Cases.EmergencyCountry(
                r.Str(c, "country"),
                r.List(c, "numbers").OfType<IReadOnlyDictionary<string, object?>>()
                    .Select(n => new Hotline.Domain.Cases.EmergencyNumber(
                        r.Str(n, "label"),
                        r.Str(n, "number"),
                        (n.GetValueOrDefault("source") as string)?.Trim(),
                        r.Date(n, "checked"),
                        r.Bool(n, "sample"),
                        (n.GetValueOrDefault("verify") as string)?.Trim()))
                    .ToList()))
            .ToList();
        return new Hotline.Domain.Cases.EmergencyContacts(countries, labels);
    }

    private static ScreeningModel ReadScreening(IReadOnlyDictionary<string, object?> doc, Reader r)
    {
        var thresholds = r.Map(doc, "thresholds");
        var sectors = r.List(doc, "sectors").OfType<IReadOnlyDictionary<string, object?>>()
            .Select(m => new Sector(r.Str(m, "key"), r.Forms(r.Map(m, "label"), $"sector {r.Str(m, "key")} label"), r.Bool(m, "high_risk")))
            .ToList();
        var indicators = r.List(doc, "indicators").OfType<IReadOnlyDictionary<string, object?>>()
            .Select(m => new Indicator(r.Str(m, "id"), r.Int(m, "weight"), r.Bool(m, "always_high"), r.Str(m, "question"),
                r.Forms(r.Map(m, "reason"), $"indicator {r.Str(m, "id")} reason"), r.Str(m, "source")))
            .ToList();
        var steps = r.List(doc, "next_steps").OfType<IReadOnlyDictionary<string, object?>>()
            .Select(m => new NextStep(r.Str(m, "key"), r.Forms(r.Map(m, "text"), $"next step {r.Str(m, "key")} text")))
            .ToList();
        var rules = r.List(doc, "next_step_rules").OfType<IReadOnlyDictionary<string, object?>>()
            .Select(m => new NextStepRule(r.Str(m, "step"), r.Level(m.GetValueOrDefault("level") as string), m.GetValueOrDefault("indicator") as string))
            .ToList();
        return new ScreeningModel(indicators, thresholds is null ? 0 : r.Int(thresholds, "caution"), thresholds is null ? 0 : r.Int(thresholds, "high"),
            sectors, steps, rules);
    }

    private static DestinationInfo ReadDestination(IReadOnlyDictionary<string, object?> doc, Reader r)
    {
        var key = r.Str(doc, "key");
        var topics = r.List(doc, "topics").OfType<IReadOnlyDictionary<string, object?>>()
            .Select(t => new DestinationTopic(
                r.Str(t, "key"),
                r.Forms(r.Map(t, "title"), $"topic {r.Str(t, "key")} title"),
                r.List(t, "chunks").OfType<IReadOnlyDictionary<string, object?>>()
                    .Select(c => new Chunk(r.Forms(c, null), c.GetValueOrDefault("source") as string ?? ""))
                    .ToList()))
            .ToList();
        var costs = r.List(doc, "costs").OfType<IReadOnlyDictionary<string, object?>>()
            .Select(c => new CostItem(
                r.Str(c, "key"),
                r.Forms(r.Map(c, "label"), $"cost {r.Str(c, "key")} label"),
                r.Decimal(c, "amount"),
                c.GetValueOrDefault("currency") as string ?? "",
                c.GetValueOrDefault("source") as string ?? "",
                r.Date(c, "checked")))
            .ToList();
        return new DestinationInfo(key, r.Forms(r.Map(doc, "name"), "name"), topics, costs);
    }

    /// <summary>Field readers that report a wrong shape as an error naming the file, and return a harmless default.</summary>
    private sealed class Reader(string file, ICollection<ContentIssue> issues)
    {
        public void Error(string message) => issues.Add(new ContentIssue(IssueSeverity.Error, file, message));

        public IReadOnlyDictionary<string, object?>? Map(IReadOnlyDictionary<string, object?> m, string name)
        {
            var v = m.GetValueOrDefault(name);
            if (v is IReadOnlyDictionary<string, object?> map) return map;
            Error($"'{name}' must be a map");
            return null;
        }

        public IReadOnlyList<object?> List(IReadOnlyDictionary<string, object?> m, string name)
        {
            var v = m.GetValueOrDefault(name);
            if (v is IReadOnlyList<object?> list) return list;
            if (v is not null) Error($"'{name}' must be a list");
            return [];
        }

        public string Str(IReadOnlyDictionary<string, object?> m, string name)
        {
            if (m.GetValueOrDefault(name) is string s && s.Trim().Length > 0) return s.Trim();
            Error($"'{name}' is missing");
            return "";
        }

        public int Int(IReadOnlyDictionary<string, object?> m, string name)
        {
            if (int.TryParse(m.GetValueOrDefault(name) as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
            Error($"'{name}' must be a whole number");
            return 0;
        }

        public decimal? Decimal(IReadOnlyDictionary<string, object?> m, string name)
        {
            if (m.GetValueOrDefault(name) is not string s || s.Length == 0) return null;
            if (decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)) return d;
            Error($"'{name}' must be a number, not '{s}'");
            return null;
        }

        public DateOnly? Date(IReadOnlyDictionary<string, object?> m, string name)
        {
            if (m.GetValueOrDefault(name) is not string s || s.Length == 0) return null;
            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            Error($"'{name}' must be a date (yyyy-MM-dd), not '{s}'");
            return null;
        }

        public bool Bool(IReadOnlyDictionary<string, object?> m, string name) => (m.GetValueOrDefault(name) as string)?.ToLowerInvariant() switch
        {
            "true" or "yes" => true,
            null or "" or "false" or "no" => false,
            var other => Fail(other),
        };

        private bool Fail(string value)
        {
            Error($"'{value}' is not true or false");
            return false;
        }

        public RiskLevel? Level(string? word) => word switch
        {
            null => null,
            "low" => RiskLevel.Low,
            "caution" => RiskLevel.Caution,
            "high" => RiskLevel.High,
            _ => BadLevel(word),
        };

        private RiskLevel? BadLevel(string word)
        {
            Error($"level '{word}' is not low, caution or high");
            return null;
        }

        /// <summary>km, km-Latn and en of a map; missing forms are left out (Validate reports them).</summary>
        public IReadOnlyDictionary<LanguageForm, string> Forms(IReadOnlyDictionary<string, object?>? m, string? what)
        {
            var forms = new Dictionary<LanguageForm, string>();
            if (m is null) return forms;
            foreach (var form in LanguageForms.All)
            {
                if (m.GetValueOrDefault(form.Code()) is string s && s.Trim().Length > 0) forms[form] = s.Trim();
                else if (what is not null) Error($"{what} has no {form.Code()} version");
            }
            return forms;
        }

        public ReferralService? Service(object? item)
        {
            if (item is not IReadOnlyDictionary<string, object?> m)
            {
                Error("each entry of 'services' must be a map");
                return null;
            }
            var id = Str(m, "id");
            var needs = new List<ServiceNeed>();
            foreach (var word in Words(m, "services"))
            {
                if (ReferralWords.TryParseNeed(word, out var need)) needs.Add(need);
                else Error($"{id}: '{word}' is not a service (legal_aid, wage_claim, shelter, medical, counselling, vocational_training, job_placement, repatriation)");
            }
            var groups = new List<Eligible>();
            foreach (var word in Words(m, "eligibility"))
            {
                if (ReferralWords.TryParseEligible(word, out var group)) groups.Add(group);
                else Error($"{id}: '{word}' is not women, men, children or lgbt");
            }
            string Opt(string name) => (m.GetValueOrDefault(name) as string)?.Trim() ?? "";
            var checkedOn = Date(m, "checked");
            if (checkedOn is null) Error($"{id}: 'checked' is missing");
            return new ReferralService(id, Opt("organisation"), needs, Words(m, "provinces"), Bool(m, "provinces_complete"), groups,
                Words(m, "languages"), Opt("phone"), Opt("hours"), Opt("address"), Opt("contact_source"), Opt("source"),
                checkedOn ?? default, Bool(m, "sample"), Opt("notes"));
        }

        private IReadOnlyList<string> Words(IReadOnlyDictionary<string, object?> m, string name) =>
            List(m, name).Select(o => o?.ToString()?.Trim() ?? "").Where(s => s.Length > 0).ToList();
    }
}
