using System.Text.RegularExpressions;
using Hotline.Domain.Destinations;
using Hotline.Domain.Sms;
using Hotline.Domain.Tests.Agencies;

namespace Hotline.Domain.Tests.Destinations;

/// <summary>
/// Checks on content/destinations that need no YAML reader: every text line fits its SMS budget,
/// every chunk names a source, and no cost figure ships without one. The content loader reads the
/// files into <see cref="DestinationInfo"/> and runs the full validation.
/// </summary>
public sealed partial class ShippedDestinationTests
{
    public static readonly TheoryData<string> Files = new() { "thailand", "malaysia", "south-korea", "japan", "other" };

    private static string[] Lines(string name) => File.ReadAllLines(RepositoryFile.Find("content", "destinations", name + ".yaml"));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_text_fits_in_two_segments_with_room_for_more(string name)
    {
        var texts = Lines(name).Select(l => TextLine().Match(l)).Where(m => m.Success).ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, m =>
        {
            var text = Unquote(m.Groups[2].Value);
            var cost = SmsSegments.Measure(text + new string(' ', DestinationInfo.MoreReserve));
            Assert.True(cost.Segments <= DestinationInfo.MaxSegmentsPerChunk, $"{name} {m.Groups[1].Value}: {text}");
        });
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_chunk_has_a_source_and_all_three_language_forms(string name)
    {
        var lines = Lines(name);
        var starts = Enumerable.Range(0, lines.Length).Where(i => ChunkStart().IsMatch(lines[i])).ToList();

        Assert.NotEmpty(starts);
        Assert.All(starts, i =>
        {
            Assert.True(ChunkStart().Match(lines[i]).Groups[1].Value.Trim().Length > 5, lines[i]);
            Assert.StartsWith("    km: ", lines[i + 1]);
            Assert.StartsWith("    km-Latn: ", lines[i + 2]);
            Assert.StartsWith("    en: ", lines[i + 3]);
        });
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_cost_figure_ships_without_a_source(string name)
    {
        var amounts = Lines(name).Where(l => l.TrimStart().StartsWith("amount:", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(amounts);
        Assert.All(amounts, a => Assert.Equal("amount: null", a.Trim()));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_topic_is_covered(string name)
    {
        var keys = Lines(name).TakeWhile(l => l != "costs:").Select(l => TopicLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(TopicKeys.All, keys);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' ? value[1..^1].Replace("''", "'")
        : value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1]
        : value;

    [GeneratedRegex(@"^\s+(km|km-Latn|en): (.+)$")]
    private static partial Regex TextLine();

    [GeneratedRegex(@"^  - source: (.+)$")]
    private static partial Regex ChunkStart();

    [GeneratedRegex(@"^- key: (\S+)$")]
    private static partial Regex TopicLine();
}
