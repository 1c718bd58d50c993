using System.Runtime.CompilerServices;
using System.Text;
using Hotline.Domain.Language;
using Hotline.Domain.Tests.Language.Replies;
using Xunit.Abstractions;

namespace Hotline.Domain.Tests.Language;

/// <summary>
/// Computes the accuracy table of docs/language.md from the reply tables and the held-out set, and checks the
/// document still says what the recognisers really do. To refresh the document after a change, run this test
/// with HOTLINE_WRITE_ACCURACY=1 in the environment.
/// </summary>
public sealed class AccuracyTableTests(ITestOutputHelper output)
{
    private const string Start = "<!-- accuracy:start -->";
    private const string End = "<!-- accuracy:end -->";

    [Fact]
    public void The_accuracy_table_in_the_language_docs_matches_the_measured_results()
    {
        var table = Table();
        output.WriteLine(table);
        var path = DocsPath();
        var doc = File.ReadAllText(path);
        var from = doc.IndexOf(Start, StringComparison.Ordinal);
        var to = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "docs/language.md has no accuracy markers");
        var current = doc[(from + Start.Length)..to].Trim();
        if (Environment.GetEnvironmentVariable("HOTLINE_WRITE_ACCURACY") == "1" && current != table.Trim())
        {
            File.WriteAllText(path, doc[..(from + Start.Length)] + "\n" + table.Trim() + "\n" + doc[to..]);
            return;
        }
        Assert.Equal(table.Trim(), current);
    }

    [Fact]
    public void Held_out_replies_meet_the_accuracy_target()
    {
        var (right, total) = (0, 0);
        foreach (var (name, replies) in HeldOutReplies.All)
            foreach (var reply in replies)
            {
                total++;
                if (ReplyRunner.IsRight(name, reply, HeldOutReplies.Today)) right++;
                else output.WriteLine($"miss: {name} {reply} → {ReplyData.Describe(ReplyRunner.Run(name, reply, HeldOutReplies.Today))}, expected {ReplyData.Describe(reply.Expected)}");
            }
        Assert.True(right >= total * 0.97, $"{right}/{total}");
    }

    private static IEnumerable<(RecogniserName Name, Reply Reply, Replies.PreparedSet Set)> Tables()
    {
        foreach (var r in LanguageReplies.All) yield return (RecogniserName.Language, r, default);
        foreach (var r in YesNoReplies.All) yield return (RecogniserName.YesNo, r, default);
        foreach (var r in ChoiceReplies.Countries) yield return (RecogniserName.Choice, r, Replies.PreparedSet.Countries);
        foreach (var r in ChoiceReplies.Problems) yield return (RecogniserName.Choice, r, Replies.PreparedSet.Problems);
        foreach (var r in NumberReplies.All) yield return (RecogniserName.Number, r, default);
        foreach (var r in MoneyReplies.All) yield return (RecogniserName.Money, r, default);
        foreach (var r in PhoneReplies.All) yield return (RecogniserName.Phone, r, default);
        foreach (var r in AgeReplies.All) yield return (RecogniserName.Age, r, default);
        foreach (var r in DurationReplies.All) yield return (RecogniserName.Duration, r, default);
        foreach (var r in DateReplies.All) yield return (RecogniserName.Date, r, default);
        foreach (var r in PlaceReplies.All) yield return (RecogniserName.Place, r, default);
    }

    private static string Table()
    {
        var tuned = new Dictionary<(RecogniserName, LanguageForm), (int Right, int Total)>();
        var held = new Dictionary<(RecogniserName, LanguageForm), (int Right, int Total)>();
        foreach (var (name, reply, set) in Tables())
            Count(tuned, name, reply, ReplyRunner.IsRight(name, reply, DateReplies.Today, set == Replies.PreparedSet.Problems ? ReplyRunner.Problems : ReplyRunner.Countries));
        foreach (var (name, replies) in HeldOutReplies.All)
            foreach (var reply in replies)
                Count(held, name, reply, ReplyRunner.IsRight(name, reply, HeldOutReplies.Today));

        var sb = new StringBuilder();
        sb.AppendLine("| Recogniser | km (tables) | km-Latn (tables) | en (tables) | km (held-out) | km-Latn (held-out) | en (held-out) | all |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var name in Enum.GetValues<RecogniserName>())
        {
            sb.Append($"| {name} ");
            var (r, t) = (0, 0);
            foreach (var set in new[] { tuned, held })
                foreach (var form in LanguageForms.All)
                {
                    var cell = set.GetValueOrDefault((name, form));
                    sb.Append($"| {Cell(cell)} ");
                    r += cell.Right; t += cell.Total;
                }
            sb.AppendLine($"| {Cell((r, t))} |");
        }
        sb.Append("| **all** ");
        var (ar, at) = (0, 0);
        foreach (var set in new[] { tuned, held })
            foreach (var form in LanguageForms.All)
            {
                var cells = set.Where(kv => kv.Key.Item2 == form).Select(kv => kv.Value).ToList();
                var cell = (cells.Sum(c => c.Right), cells.Sum(c => c.Total));
                sb.Append($"| {Cell(cell)} ");
                ar += cell.Item1; at += cell.Item2;
            }
        sb.AppendLine($"| {Cell((ar, at))} |");
        return sb.ToString();
    }

    private static void Count(Dictionary<(RecogniserName, LanguageForm), (int Right, int Total)> counts, RecogniserName name, Reply reply, bool right)
    {
        var c = counts.GetValueOrDefault((name, reply.Form));
        counts[(name, reply.Form)] = (c.Right + (right ? 1 : 0), c.Total + 1);
    }

    private static string Cell((int Right, int Total) c)
        => c.Total == 0 ? "—" : $"{c.Right}/{c.Total} ({100.0 * c.Right / c.Total:0.#}%)";

    private static string DocsPath([CallerFilePath] string thisFile = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "docs", "language.md"));
}
