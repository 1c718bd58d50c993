namespace Hotline.Domain.Cases;

/// <summary>
/// The instants that make a case's service-level figures. Each figure answers a different question:
/// <see cref="TimeToPage"/> is the system's own speed (message in → page queued), <see cref="TimeToAck"/>
/// is the responders' speed (first page → someone takes it, what the escalation timers govern), and
/// <see cref="TimeToFirstReply"/> is what the person lived through (message in → a human answers).
/// A figure is null while its instants are missing, or when they are out of order (clock trouble
/// between nodes), so a bad row cannot drag a median below zero.
/// </summary>
public sealed record CaseTimeline(DateTimeOffset OpenedAt, DateTimeOffset? FirstPagedAt, DateTimeOffset? AckedAt, DateTimeOffset? FirstReplyAt)
{
    public TimeSpan? TimeToPage => Between(OpenedAt, FirstPagedAt);

    public TimeSpan? TimeToAck => FirstPagedAt is { } paged ? Between(paged, AckedAt) : null;

    public TimeSpan? TimeToFirstReply => Between(OpenedAt, FirstReplyAt);

    /// <summary>The median of the figures present; null when there are none. Even counts average the middle two.</summary>
    public static TimeSpan? Median(IEnumerable<TimeSpan?> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var sorted = figures.Where(f => f is not null).Select(f => f!.Value).Order().ToList();
        if (sorted.Count == 0) return null;
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1
            ? sorted[middle]
            : TimeSpan.FromTicks((sorted[middle - 1].Ticks + sorted[middle].Ticks) / 2);
    }

    /// <summary>The median of one figure over many cases, e.g. <c>Median(timelines, t =&gt; t.TimeToAck)</c>.</summary>
    public static TimeSpan? Median(IEnumerable<CaseTimeline> timelines, Func<CaseTimeline, TimeSpan?> figure)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        ArgumentNullException.ThrowIfNull(figure);
        return Median(timelines.Select(figure));
    }

    private static TimeSpan? Between(DateTimeOffset from, DateTimeOffset? to) =>
        to is { } end && end >= from ? end - from : null;
}
