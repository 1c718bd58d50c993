using Hotline.Domain.Dialogs;
using Hotline.Domain.Dialogs.Actions;

namespace Hotline.Content.Tests;

/// <summary>Copies the real content to a temporary folder, breaks one thing, and checks how the check reports it.</summary>
public sealed class BrokenContentTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "hotline-content-" + Guid.NewGuid().ToString("N"));

    public BrokenContentTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryContent.ContentDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_dir, Path.GetRelativePath(RepositoryContent.ContentDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string relative, string yaml) => File.WriteAllText(Path.Combine(_dir, relative), yaml);

    private void Replace(string relative, string from, string to)
    {
        var path = Path.Combine(_dir, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    [Fact]
    public void A_missing_translation_fails_naming_the_file_node_and_language()
    {
        Write("flows/broken.yaml", """
            nodes:
              - id: greet
                type: say
                text:
                  km: សួស្តី
                  en: Hello
            """);
        Replace("flows/menu.yaml", "        flow: talk", "        flow: talk\n      - key: broken\n        flow: broken");

        var ex = Assert.Throws<ContentException>(() => ContentLoader.Load(_dir));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("flows/broken.yaml", error.File);
        Assert.Equal("greet", error.Node);
        Assert.Equal("km-Latn", error.Language);
        Assert.Contains("flows/broken.yaml flow 'broken' node 'greet' [km-Latn]", ex.Message);
    }

    [Fact]
    public void A_deny_listed_word_in_any_language_fails_the_check()
    {
        Replace("texts/talk.yaml", "Someone will reply to you here soon.", "The shelter will reply to you here soon.");

        var report = ContentChecker.Check(_dir);

        var error = Assert.Single(report.Errors);
        Assert.Equal("texts/talk.yaml", error.File);
        Assert.Equal("talk.thanks", error.TextKey);
        Assert.Equal("en", error.Language);
        Assert.Contains("shelter", error.Message);
    }

    [Fact]
    public void A_Khmer_deny_listed_word_is_found_inside_a_Khmer_sentence()
    {
        Replace("texts/urgent.yaml", "អរគុណ។ នឹងមានគេទាក់ទងអ្នកឱ្យបានឆាប់បំផុត។", "អរគុណ។ ប៉ូលិសនឹងទាក់ទងអ្នក។");

        var report = ContentChecker.Check(_dir);

        var error = Assert.Single(report.Errors);
        Assert.Equal(("urgent.thanks", "km"), (error.TextKey, error.Language));
    }

    [Fact]
    public void A_text_over_its_SMS_budget_fails_with_its_segment_count()
    {
        Replace("texts/job_offer.yaml", "  en: How old are you?", "  en: How old are you?\n  budget: 1\n  note: a one-segment question");
        Replace("texts/job_offer.yaml", "  km: អ្នកអាយុប៉ុន្មានឆ្នាំ?", "  km: " + string.Concat(Enumerable.Repeat("អ្នកអាយុប៉ុន្មានឆ្នាំ? ", 4)).Trim());

        var report = ContentChecker.Check(_dir);

        var error = Assert.Single(report.Errors, e => e.TextKey == "job_offer.ask_age");
        Assert.Equal("km", error.Language);
        Assert.Contains("over its budget of 1", error.Message);
        Assert.Contains("OVER", report.ToTable());
    }

    [Fact]
    public void Different_placeholders_across_languages_fail_the_check()
    {
        Replace("texts/agency.yaml", "  en: Send the agency's name or licence number.", "  en: Send the name of {agency} or its licence number.");

        var report = ContentChecker.Check(_dir);

        Assert.Contains(report.Errors, e => e.TextKey == "agency.ask_name" && e.Language == "km" && e.Message.Contains("placeholders"));
    }

    [Fact]
    public void A_dangling_next_and_an_unreachable_node_are_both_reported()
    {
        Replace("flows/talk.yaml", "  - id: thanks\n", "  - id: thanks\n    next: nowhere\n");
        Replace("flows/talk.yaml", "    type: end\n    text: talk.thanks", "    type: say\n    text: talk.thanks\n  - id: orphan\n    type: end");

        var report = ContentChecker.Check(_dir);

        Assert.Contains(report.Errors, e => e is { File: "flows/talk.yaml", Node: "thanks" } && e.Message.Contains("'nowhere'"));
        Assert.Contains(report.Errors, e => e is { File: "flows/talk.yaml", Node: "orphan" } && e.Message.Contains("nothing leads"));
    }

    [Fact]
    public void A_command_word_that_is_also_a_choice_answer_fails_the_check()
    {
        Replace("flows/menu.yaml", "en: [talk, \"talk to someone\"]", "en: [talk, \"talk to someone\", help]");

        var report = ContentChecker.Check(_dir);

        Assert.Contains(report.Errors, e => e is { File: "flows/menu.yaml", Node: "choose" } && e.Message.Contains("Help command"));
    }

    [Fact]
    public void An_unregistered_action_is_a_warning_and_a_registered_one_is_not()
    {
        // With its data file, screen_offer is registered by the loader itself.
        var registered = ContentChecker.Check(_dir);
        Directory.Delete(Path.Combine(_dir, "screening"), recursive: true);
        var without = ContentChecker.Check(_dir);
        var with = ContentChecker.Check(_dir, [new NamedAction("screen_offer")]);

        Assert.DoesNotContain(registered.Warnings, w => w.Message.Contains("screen_offer"));
        Assert.Contains(without.Warnings, w => w.Node == "score" && w.Message.Contains("screen_offer"));
        Assert.DoesNotContain(with.Warnings, w => w.Message.Contains("screen_offer"));
        Assert.False(without.HasErrors);
    }

    [Fact]
    public void Invalid_YAML_names_the_file()
    {
        Write("flows/talk.yaml", "nodes:\n  - id: [unclosed\n");

        var ex = Assert.Throws<ContentException>(() => ContentLoader.Load(_dir));

        Assert.Contains(ex.Errors, e => e.File == "flows/talk.yaml" && e.Message.Contains("not valid YAML"));
    }

    private sealed class NamedAction(string name) : IDialogAction
    {
        public string Name => name;
        public ActionResult Run(ActionRequest request) => ActionResult.Empty;
    }
}
