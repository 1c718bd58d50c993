using Hotline.Domain.CheckIns;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Language;

namespace Hotline.Content.Tests;

/// <summary>content/checkins/plans.yaml: every check-in text reads like a friend's message, and the income settings
/// a reader relies on (dated rates, a threshold) cannot go missing unnoticed.</summary>
public sealed class CheckInContentTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "hotline-checkins-" + Guid.NewGuid().ToString("N"));

    public CheckInContentTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "checkins"));
        File.Copy(Path.Combine(RepositoryContent.ContentDirectory, CheckInContent.File), Path.Combine(_dir, CheckInContent.File));
        File.Copy(Path.Combine(RepositoryContent.ContentDirectory, "deny-list.yaml"), Path.Combine(_dir, "deny-list.yaml"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<ContentIssue> Read(out CheckInContent? content)
    {
        var issues = new List<ContentIssue>();
        content = CheckInContent.Read(_dir, issues);
        return issues;
    }

    private void Replace(string from, string to)
    {
        var path = Path.Combine(_dir, CheckInContent.File);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    [Fact]
    public void The_shipped_plans_load_with_a_question_for_every_reintegration_component_in_all_three_forms()
    {
        Assert.Empty(Read(out var content));
        foreach (var component in ReintegrationComponents.All)
            foreach (var language in LanguageForms.All)
                Assert.NotEmpty(content!.Text(CheckInContent.ComponentKey(component), language));
        Assert.Equal([CheckInQuestion.Work, CheckInQuestion.Income, CheckInQuestion.Component], content!.Plans["standard"].QuestionsFor(3));
    }

    [Fact]
    public void A_follow_up_question_naming_the_organisation_or_a_case_is_refused()
    {
        Replace("en: \"Are you working at the moment? Reply yes or no\"", "en: \"Are you working? Your case worker asks. Reply yes or no\"");
        Assert.Contains(Read(out _), i => i.Message.Contains("'work' (en)") && i.Message.Contains("case"));
    }

    [Fact]
    public void Rates_without_their_date_are_refused()
    {
        Replace("rates_set_on: 2026-11-01", "");
        Assert.Contains(Read(out _), i => i.Message.Contains("rates_set_on"));
    }

    [Fact]
    public void An_unknown_question_in_a_plan_is_refused()
    {
        Replace("then_ask: [work, income, component]\n  short:", "then_ask: [work, salary]\n  short:");
        Assert.Contains(Read(out _), i => i.Message.Contains("unknown question 'salary'"));
    }
}
