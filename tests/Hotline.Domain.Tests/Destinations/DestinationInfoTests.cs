using Hotline.Domain.Destinations;
using Hotline.Domain.Language;

namespace Hotline.Domain.Tests.Destinations;

public sealed class DestinationInfoTests
{
    private static Dictionary<LanguageForm, string> Texts(string km, string latn, string en) =>
        new() { [LanguageForm.Km] = km, [LanguageForm.KmLatn] = latn, [LanguageForm.En] = en };

    private static Chunk Chunk(string text, string source = "a document") => new(Texts("ខ្មែរ " + text, text, text), source);

    private static DestinationInfo Destination(IReadOnlyList<Chunk>? documentChunks = null, IReadOnlyList<CostItem>? costs = null) => new(
        "thailand",
        Texts("ថៃ", "Thai", "Thailand"),
        TopicKeys.All.Select(k => new DestinationTopic(k, Texts("ក", k, k),
            k == TopicKeys.Documents && documentChunks is not null ? documentChunks : [Chunk(k + " one"), Chunk(k + " two")])).ToList(),
        costs ?? [new CostItem("passport", Texts("លិខិតឆ្លងដែន", "passport", "passport"), null, "", "", null)]);

    [Fact]
    public void A_topic_is_read_one_chunk_at_a_time_with_more_until_the_last()
    {
        var destination = Destination();

        var first = destination.Page(TopicKeys.Rights, LanguageForm.En, 0)!;
        var second = destination.Page(TopicKeys.Rights, LanguageForm.En, 1)!;

        Assert.Equal("rights one", first.Text);
        Assert.True(first.HasMore);
        Assert.Equal("rights two", second.Text);
        Assert.False(second.HasMore);
        Assert.Null(destination.Page(TopicKeys.Rights, LanguageForm.En, 2));
    }

    [Fact]
    public void A_page_is_given_in_the_language_form_asked_for()
    {
        Assert.Equal("ខ្មែរ rights one", Destination().Page(TopicKeys.Rights, LanguageForm.Km, 0)!.Text);
    }

    [Fact]
    public void An_unknown_topic_or_a_negative_index_gives_no_page()
    {
        Assert.Null(Destination().Page("weather", LanguageForm.En, 0));
        Assert.Null(Destination().Page(TopicKeys.Rights, LanguageForm.En, -1));
    }

    [Fact]
    public void A_complete_destination_is_valid()
    {
        Assert.Empty(Destination().Validate());
    }

    [Fact]
    public void A_khmer_chunk_longer_than_two_segments_is_rejected()
    {
        var tooLong = new Chunk(Texts(string.Concat(Enumerable.Repeat("ការងារ", 25)), "short", "short"), "a document");

        var problems = Destination(documentChunks: [tooLong]).Validate();

        Assert.Contains(problems, p => p.Contains("(km)") && p.Contains("segments"));
    }

    [Fact]
    public void A_chunk_that_leaves_no_room_for_more_is_rejected()
    {
        var full = new Chunk(Texts("ក", "short", new string('a', 300)), "a document");

        Assert.Contains(Destination(documentChunks: [full]).Validate(), p => p.Contains("(en)"));
    }

    [Fact]
    public void A_chunk_without_a_source_is_rejected()
    {
        Assert.Contains(Destination(documentChunks: [Chunk("x", source: "")]).Validate(), p => p.Contains("source is empty"));
    }

    [Fact]
    public void A_missing_topic_is_rejected()
    {
        var destination = Destination() with { Topics = Destination().Topics.Where(t => t.Key != TopicKeys.Costs).ToList() };

        Assert.Contains(destination.Validate(), p => p.Contains("topic costs is missing"));
    }

    [Fact]
    public void A_cost_figure_without_its_source_and_date_is_rejected()
    {
        var unsourced = new CostItem("agency_service_fee", Texts("ថ្លៃ", "thlai", "fee"), 500m, "USD", "", null);

        Assert.Contains(Destination(costs: [unsourced]).Validate(), p => p.Contains("agency_service_fee"));
    }

    [Fact]
    public void A_cost_without_a_figure_is_not_known_so_the_answer_is_ask()
    {
        var cost = new CostItem("passport", Texts("ក", "passport", "passport"), null, "", "", null);

        Assert.False(cost.IsKnown);
        Assert.True((cost with { Amount = 10m, Currency = "USD", Source = "a notice", Checked = new DateOnly(2026, 11, 21) }).IsKnown);
    }
}
