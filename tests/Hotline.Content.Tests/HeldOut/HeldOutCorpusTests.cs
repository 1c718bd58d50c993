using System.Text;
using Hotline.Domain.Dialogs;
using Xunit.Abstractions;

namespace Hotline.Content.Tests.HeldOut;

/// <summary>
/// Keeps the held-out corpus frozen and prints how today's detection and recognisers do on it, per category and
/// per language form, danger recall first. The figures are reported in docs/language.md; nothing here is a
/// target that the corpus could be bent to meet.
/// </summary>
public sealed class HeldOutCorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() => ContentLoader.Load(RepositoryContent.ContentDirectory));

    private static readonly string[] Forms = ["km", "km-Latn", "en"];

    [Theory]
    [InlineData(HeldOutCorpus.DangerFile)]
    [InlineData(HeldOutCorpus.RepliesFile)]
    public void The_held_out_corpus_is_unchanged_since_it_was_frozen(string file)
    {
        Assert.Equal(HeldOutCorpus.FrozenSha256[file], HeldOutCorpus.Sha256Of(file));
    }

    [Fact]
    public void The_held_out_corpus_has_danger_and_harmless_messages_and_replies_in_every_language_form()
    {
        var danger = HeldOutCorpus.Read(HeldOutCorpus.DangerFile, "danger");
        var replies = HeldOutCorpus.Read(HeldOutCorpus.RepliesFile, "replies");
        foreach (var form in Forms)
        {
            Assert.True(danger.Count(i => i.Form == form && i.Expect == "urgent") >= 50, form);
            Assert.True(danger.Count(i => i.Form == form && i.Expect == "harmless") >= 50, form);
            Assert.True(replies.Count(i => i.Form == form) >= 150, form);
        }
    }

    [Fact]
    public void Measures_danger_recall_and_false_alarms_then_recognisers_per_language_form()
    {
        var urgent = Snapshot.Value.Urgent;
        var danger = HeldOutCorpus.Read(HeldOutCorpus.DangerFile, "danger");
        var sb = new StringBuilder();
        sb.AppendLine("| Held-out (2026-12) | km | km-Latn | en | all |");
        sb.AppendLine("|---|---|---|---|---|");
        sb.AppendLine(Row("danger recall (urgent flagged)", danger.Where(i => i.Expect == "urgent"), i => HeldOutCorpus.IsFlaggedUrgent(urgent, i.Text)));
        sb.AppendLine(Row("false alarms (harmless flagged)", danger.Where(i => i.Expect == "harmless"), i => HeldOutCorpus.IsFlaggedUrgent(urgent, i.Text)));
        var replies = HeldOutCorpus.Read(HeldOutCorpus.RepliesFile, "replies");
        foreach (var group in replies.GroupBy(i => i.Kind))
            sb.AppendLine(Row(group.Key, group, HeldOutCorpus.IsRight));
        sb.AppendLine(Row("recognisers, all", replies, HeldOutCorpus.IsRight));
        output.WriteLine(sb.ToString());
        Assert.NotEmpty(danger);
    }

    private static string Row(string label, IEnumerable<HeldOutCorpus.Item> items, Func<HeldOutCorpus.Item, bool> hit)
    {
        var list = items.ToList();
        string Cell(IReadOnlyCollection<HeldOutCorpus.Item> of)
        {
            if (of.Count == 0) return "–";
            var n = of.Count(hit);
            return $"{n}/{of.Count} ({100.0 * n / of.Count:0.0}%)";
        }
        return $"| {label} | {string.Join(" | ", Forms.Select(f => Cell(list.Where(i => i.Form == f).ToList())))} | {Cell(list)} |";
    }
}
