using Hotline.Domain.Cases;

namespace Hotline.Domain.Tests.Cases;

public sealed class CaseTimelineTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 21, 19, 0, 0, TimeSpan.Zero);

    private static CaseTimeline Timeline(double? pagedSeconds, double? ackedSeconds, double? repliedSeconds) =>
        new(Opened,
            pagedSeconds is { } p ? Opened.AddSeconds(p) : null,
            ackedSeconds is { } a ? Opened.AddSeconds(a) : null,
            repliedSeconds is { } r ? Opened.AddSeconds(r) : null);

    [Fact]
    public void Figures_measure_system_responder_and_client_waits()
    {
        var timeline = Timeline(0.4, 190, 400);

        Assert.Equal(TimeSpan.FromSeconds(0.4), timeline.TimeToPage);
        Assert.Equal(TimeSpan.FromSeconds(189.6), timeline.TimeToAck);
        Assert.Equal(TimeSpan.FromSeconds(400), timeline.TimeToFirstReply);
    }

    [Fact]
    public void Missing_instants_give_no_figure()
    {
        var timeline = Timeline(null, null, null);

        Assert.Null(timeline.TimeToPage);
        Assert.Null(timeline.TimeToAck);
        Assert.Null(timeline.TimeToFirstReply);
    }

    [Fact]
    public void Instants_out_of_order_give_no_figure_rather_than_a_negative_one()
    {
        Assert.Null(Timeline(10, 5, null).TimeToAck);
        Assert.Null(Timeline(-1, null, null).TimeToPage);
    }

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_figure_and_missing_ones_are_ignored()
    {
        CaseTimeline[] cases = [Timeline(0, 60, null), Timeline(0, 300, null), Timeline(0, 120, null), Timeline(null, null, null)];

        Assert.Equal(TimeSpan.FromSeconds(120), CaseTimeline.Median(cases, t => t.TimeToAck));
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(TimeSpan.FromSeconds(90), CaseTimeline.Median([TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), null]));
        Assert.Equal(TimeSpan.FromSeconds(90), CaseTimeline.Median([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(999)]));
    }

    [Fact]
    public void The_median_of_nothing_is_null()
    {
        Assert.Null(CaseTimeline.Median([]));
    }
}
