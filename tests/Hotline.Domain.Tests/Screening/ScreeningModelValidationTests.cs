using Hotline.Domain.Language;
using Hotline.Domain.Screening;

namespace Hotline.Domain.Tests.Screening;

public sealed class ScreeningModelValidationTests
{
    private static Dictionary<LanguageForm, string> Texts(string s) => LanguageForms.All.ToDictionary(f => f, _ => s);

    private static Indicator Indicator(string id, int weight = 3, bool alwaysHigh = false) =>
        new(id, weight, alwaysHigh, "q", Texts(id), "a source");

    private static ScreeningModel Model(IReadOnlyList<Indicator> indicators, int caution = 3, int high = 8,
        IReadOnlyList<NextStepRule>? rules = null) =>
        new(indicators, caution, high, [], [new NextStep("go", Texts("go"))], rules ?? [new NextStepRule("go", null, null)]);

    [Fact]
    public void A_model_without_an_always_high_under_18_indicator_is_rejected()
    {
        var problems = Model([Indicator(IndicatorIds.Under18, 10, alwaysHigh: false)]).Validate();

        Assert.Contains(problems, p => p.Contains(IndicatorIds.Under18));
    }

    [Fact]
    public void An_indicator_the_code_cannot_detect_is_rejected()
    {
        var problems = Model([Indicator(IndicatorIds.Under18, 10, true), Indicator("bad_vibes")]).Validate();

        Assert.Contains(problems, p => p.Contains("bad_vibes"));
    }

    [Fact]
    public void A_missing_reason_in_one_language_form_is_reported()
    {
        var partial = new Indicator(IndicatorIds.PassportKept, 5, false, "passport",
            new Dictionary<LanguageForm, string> { [LanguageForm.En] = "x", [LanguageForm.Km] = "x" }, "src");

        var problems = Model([Indicator(IndicatorIds.Under18, 10, true), partial]).Validate();

        Assert.Contains(problems, p => p.Contains("km-Latn"));
    }

    [Fact]
    public void Thresholds_in_the_wrong_order_are_reported()
    {
        Assert.Contains(Model([Indicator(IndicatorIds.Under18, 10, true)], caution: 8, high: 3).Validate(), p => p.Contains("thresholds"));
    }

    [Fact]
    public void Next_step_rules_must_end_with_a_catch_all()
    {
        var rules = new[] { new NextStepRule("go", RiskLevel.High, null) };

        Assert.Contains(Model([Indicator(IndicatorIds.Under18, 10, true)], rules: rules).Validate(), p => p.Contains("last next-step rule"));
    }

    [Fact]
    public void A_sign_left_out_of_the_content_is_not_scored()
    {
        var model = Model([Indicator(IndicatorIds.Under18, 10, true)]);

        var result = model.Screen(new ScreeningAnswers { PassportKeptBy = PassportHolder.Broker });

        Assert.Equal(RiskLevel.Low, result.Level);
        Assert.Empty(result.Indicators);
    }
}
