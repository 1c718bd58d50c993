using Hotline.Domain.Conversations.Effects;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Dialogs.Actions;
using Hotline.Domain.Language;
using Hotline.Domain.SafeMigration;
using Hotline.Domain.Screening;
using Hotline.Domain.Sms;

namespace Hotline.Content.Tests;

/// <summary>
/// The safe-migration data files (screening, destinations, services, agencies) on a copy of the real content:
/// their problems fail the check naming the file, and the pure actions are registered from them.
/// </summary>
public sealed class SafeMigrationContentTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "hotline-data-" + Guid.NewGuid().ToString("N"));

    public SafeMigrationContentTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryContent.ContentDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_dir, Path.GetRelativePath(RepositoryContent.ContentDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Replace(string relative, string from, string to)
    {
        var path = Path.Combine(_dir, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    private static ActionRequest Request(LanguageForm form, Dictionary<string, string> args, Dictionary<string, string>? values = null) =>
        new(args, values ?? [], form, new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(7)));

    [Fact]
    public void The_four_actions_are_registered_from_the_data_files()
    {
        var snapshot = ContentLoader.Load(_dir);

        Assert.IsType<ScreenOfferAction>(snapshot.Actions["screen_offer"]);
        Assert.IsType<LookupAgencyAction>(snapshot.Actions["lookup_agency"]);
        Assert.IsType<FindServiceAction>(snapshot.Actions["find_service"]);
        Assert.IsType<DestinationInfoAction>(snapshot.Actions["destination_info"]);
    }

    [Fact]
    public void An_action_passed_by_the_host_is_kept_and_replaces_one_of_the_same_name()
    {
        var mine = new NamedAction("screen_offer");
        var other = new NamedAction("open_help_request");

        var snapshot = ContentLoader.Load(_dir, [mine, other]);

        Assert.Same(mine, snapshot.Actions["screen_offer"]);
        Assert.Same(other, snapshot.Actions["open_help_request"]);
        Assert.IsType<LookupAgencyAction>(snapshot.Actions["lookup_agency"]);
    }

    [Fact]
    public void Without_the_data_files_the_actions_are_warnings_not_errors()
    {
        foreach (var folder in new[] { "screening", "destinations", "agencies" }) Directory.Delete(Path.Combine(_dir, folder), recursive: true);
        File.Delete(Path.Combine(_dir, "services.yaml"));

        var report = ContentChecker.Check(_dir);

        Assert.False(report.HasErrors, report.ToTable());
        foreach (var name in new[] { "screen_offer", "lookup_agency", "find_service", "destination_info" })
            Assert.Contains(report.Warnings, w => w.Message.Contains($"action '{name}'"));
    }

    [Fact]
    public void A_screening_model_problem_fails_the_check_naming_the_file()
    {
        Replace("screening/indicators.yaml", "  - id: passport_kept\n    weight: 5", "  - id: passport_kept\n    weight: 50");

        var report = ContentChecker.Check(_dir);

        Assert.Contains(report.Errors, e => e.File == "screening/indicators.yaml" && e.Message.Contains("passport_kept") && e.Message.Contains("weight 50"));
        Assert.Null(report.Snapshot);
    }

    [Fact]
    public void A_deny_listed_word_in_a_reason_fails_the_check()
    {
        Replace("screening/indicators.yaml", "en: Someone else keeping your passport is a serious warning sign.",
            "en: Someone else keeping your passport is a sign of trafficking.");

        var report = ContentChecker.Check(_dir);

        Assert.Contains(report.Errors, e => e.File == "screening/indicators.yaml" && e.TextKey == "screening.reason.passport_kept" && e.Message.Contains("trafficking"));
    }

    [Fact]
    public void A_bad_agency_row_fails_the_check_with_its_line()
    {
        Replace("agencies/sample-register.csv", "thailand|malaysia,licensed,", "thailand|malaysia,approved,");

        var report = ContentChecker.Check(_dir);

        Assert.Contains(report.Errors, e => e.File == "agencies/sample-register.csv" && e.Message.StartsWith("line ") && e.Message.Contains("approved"));
    }

    [Fact]
    public void A_destination_without_a_topic_and_a_service_with_a_bad_province_fail_the_check()
    {
        Replace("destinations/japan.yaml", "- key: costs", "- key: prices");
        Replace("services.yaml", "provinces: [KH-20]", "provinces: [Svay Rieng]");

        var report = ContentChecker.Check(_dir);

        Assert.Contains(report.Errors, e => e.File == "destinations/japan.yaml" && e.Message.Contains("topic costs is missing"));
        Assert.Contains(report.Errors, e => e.File == "services.yaml" && e.Message.Contains("'Svay Rieng' is not an ISO 3166-2:KH code"));
    }

    [Fact]
    public void A_text_an_action_needs_is_required()
    {
        Replace("texts/agency.yaml", "cannot_confirm.sample:", "cannot_confirm_sample:");

        var report = ContentChecker.Check(_dir);

        Assert.Contains(report.Errors, e => e.TextKey == "agency.cannot_confirm.sample" && e.Message.Contains("lookup_agency"));
    }

    [Theory]
    [InlineData("km")]
    [InlineData("km-Latn")]
    [InlineData("en")]
    public void Every_destination_page_with_its_more_line_fits_two_segments(string code)
    {
        LanguageForms.TryParse(code, out var form);
        var snapshot = ContentLoader.Load(_dir);
        var action = (DestinationInfoAction)snapshot.Actions["destination_info"];
        var more = snapshot.Texts["destination.page_more"].For(form);
        foreach (var destination in action.All)
        foreach (var topic in new[] { "legal", "rights" })
        {
            var pages = action.Pages(destination, topic);
            Assert.NotEmpty(pages);
            for (var i = 0; i < pages.Count; i++)
            {
                var result = action.Run(Request(form, new() { ["destination"] = destination.Key, ["topic"] = topic, ["page"] = i.ToString(), ["reply_as"] = "info_text" }));
                var message = TextTemplate.Render(more, result.Values);
                Assert.True(SmsSegments.Measure(message).Segments <= 2, $"{destination.Key} {topic} page {i + 1} [{code}] costs more than 2 segments");
                Assert.Equal(i + 1 < pages.Count ? "more" : "last", result.Outcome);
            }
        }
    }

    [Fact]
    public void Any_other_country_reads_the_other_destination()
    {
        var snapshot = ContentLoader.Load(_dir);
        var action = (DestinationInfoAction)snapshot.Actions["destination_info"];

        Assert.Equal("other", action.Find("CN")?.Key);
        Assert.Equal("south-korea", action.Find("KR")?.Key);
        Assert.Null(action.Find(""));
    }

    [Fact]
    public void The_flow_values_become_screening_answers()
    {
        var answers = ScreeningValues.Read(new Dictionary<string, string>
        {
            ["destination"] = "TH", ["sector"] = "deep_sea_fishing", ["recruiter"] = "broker", ["age"] = "25",
            ["fee_asked"] = "yes", ["loan"] = "yes", ["passport_kept"] = "yes", ["contract"] = "none", ["border"] = "unknown", ["secret"] = "no",
        });

        Assert.Equal("thailand", answers.Destination);
        Assert.Equal(RecruiterType.UnlicensedBroker, answers.Recruiter);
        Assert.Equal(FeePayee.Broker, answers.FeeAskedBy);
        Assert.True(answers.FeeBeforeContract);
        Assert.Equal(PassportHolder.Broker, answers.PassportKeptBy);
        Assert.False(answers.WrittenContract);
        Assert.Equal(BorderCrossing.NotSure, answers.Crossing);
        Assert.False(answers.ToldToKeepSecret);
        Assert.Null(answers.TooGoodPromises);
    }

    [Fact]
    public void Unknown_values_add_no_risk()
    {
        var snapshot = ContentLoader.Load(_dir);
        var result = snapshot.Actions["screen_offer"].Run(Request(LanguageForm.En, [], new()
        {
            ["recruiter"] = "something else", ["age"] = "thirty", ["border"] = "unknown", ["contract"] = "",
        }));

        Assert.Equal("low", result.Outcome);
        Assert.Equal("", result.Values["screening_reasons"]);
    }

    [Fact]
    public void The_statistics_values_hold_ids_only()
    {
        var snapshot = ContentLoader.Load(_dir);
        var result = snapshot.Actions["screen_offer"].Run(Request(LanguageForm.Km, [], new()
        {
            ["recruiter"] = "broker", ["age"] = "25", ["loan"] = "yes", ["passport_kept"] = "yes",
        }));

        Assert.Equal("high", result.Values["screening_level"]);
        Assert.Equal("passport_kept recruiter_unlicensed_broker loan_from_wages", result.Values["screening_reasons"]);
        Assert.Equal("talk_now", result.Values["screening_step"]);
        Assert.Single(result.Replies);
        var record = Assert.IsType<RecordScreening>(Assert.Single(result.Effects)).Record;
        Assert.Equal(["loan_from_wages", "passport_kept", "recruiter_unlicensed_broker"], record.Indicators);
        Assert.Equal(RiskLevel.High, record.Level);
        Assert.Null(record.Destination);
    }

    [Fact]
    public void The_statistics_record_keeps_keys_and_drops_free_text()
    {
        var snapshot = ContentLoader.Load(_dir);
        var result = snapshot.Actions["screen_offer"].Run(Request(LanguageForm.En, [], new()
        {
            ["destination"] = "TH", ["sector"] = "my boss Sok at 012 345 678", ["province"] = "KH-12", ["age"] = "30",
        }));

        var record = Assert.IsType<RecordScreening>(Assert.Single(result.Effects)).Record;
        Assert.Equal("thailand", record.Destination);
        Assert.Null(record.Sector);
        Assert.Equal("KH-12", record.Province);
    }

    [Fact]
    public void Find_service_always_offers_the_option_open_to_men_when_there_is_one()
    {
        var snapshot = ContentLoader.Load(_dir);
        var result = snapshot.Actions["find_service"].Run(Request(LanguageForm.En, new() { ["need"] = "repatriation", ["province"] = "KH-2" }));

        Assert.Equal("found", result.Outcome);
        Assert.Contains("mosvy-repatriation", result.Values["services_found"].Split(' '));
        Assert.Contains(snapshot.Texts["returnee.group_men"].En, result.Replies[0]);
        Assert.Contains(snapshot.Texts["returnee.services_sample"].En, result.Replies[0]);
    }

    [Fact]
    public void A_phone_number_is_shown_only_with_its_source()
    {
        var snapshot = ContentLoader.Load(_dir);
        var result = snapshot.Actions["find_service"].Run(Request(LanguageForm.En, new() { ["need"] = "counselling", ["who"] = "children" }));

        Assert.Contains("Phone 1280", result.Replies[0]);
    }

    [Theory]
    [InlineData("km")]
    [InlineData("km-Latn")]
    [InlineData("en")]
    public void Every_kind_of_agency_answer_from_the_sample_fits_four_segments(string code)
    {
        LanguageForms.TryParse(code, out var form);
        var snapshot = ContentLoader.Load(_dir);
        var action = snapshot.Actions["lookup_agency"];
        var outcomes = new HashSet<string>();
        foreach (var query in new[] { "Kdam Meas Manpower", "SAMPLE-0004", "Sunrise Global Travel", "Kdam Meas Recruitment" }
                     .Concat(((LookupAgencyAction)action).Register.Agencies.Select(a => a.LicenceNumber)))
        {
            var result = action.Run(Request(form, new() { ["query"] = query }));
            outcomes.Add(result.Outcome!);
            var cost = SmsSegments.Measure(Assert.Single(result.Replies));
            Assert.True(cost.Segments <= 4, $"'{query}' [{code}]: {cost.Segments} segments");
        }
        Assert.Superset(new HashSet<string> { "licensed", "suspended", "not_on_list", "did_you_mean" }, outcomes);
    }

    [Fact]
    public void No_agency_answer_says_illegal_in_any_form()
    {
        var snapshot = ContentLoader.Load(_dir);
        foreach (var key in ((IUsesTexts)snapshot.Actions["lookup_agency"]).TextKeys)
        foreach (var form in LanguageForms.All)
            Assert.DoesNotContain("illegal", snapshot.Texts[key].For(form), StringComparison.OrdinalIgnoreCase);
    }

    private sealed class NamedAction(string name) : IDialogAction
    {
        public string Name => name;
        public ActionResult Run(ActionRequest request) => ActionResult.Empty;
    }
}
