namespace Hotline.Domain.CheckIns;

/// <summary>
/// When check-ins happen, counted in days from the reintegration date: fixed early rounds (e.g. weeks 1, 2, 4,
/// then monthly to a year), then every <see cref="ThenEveryDays"/> days until the case worker closes the
/// enrolment — follow-up lasts until income is sustainable, not a fixed year (source documents [000]).
/// </summary>
public sealed record CheckInPlan(string Id, IReadOnlyList<int> OffsetsDays, int ThenEveryDays)
{
    /// <summary>What each round asks after "how are things", aligned with <see cref="OffsetsDays"/>; rounds past the
    /// list ask <see cref="ThenAsk"/>. Empty: the round asks only "how are things".</summary>
    public IReadOnlyList<IReadOnlyList<CheckInQuestion>> Ask { get; init; } = [];

    public IReadOnlyList<CheckInQuestion> ThenAsk { get; init; } = [];

    /// <summary>The follow-up questions of round <paramref name="round"/> (1-based), in the order they are asked.</summary>
    public IReadOnlyList<CheckInQuestion> QuestionsFor(int round) => round >= 1 && round <= Ask.Count ? Ask[round - 1] : ThenAsk;

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (OffsetsDays.Count == 0) problems.Add($"plan {Id}: needs at least one offset");
        if (OffsetsDays.Any(d => d < 0)) problems.Add($"plan {Id}: offsets are days after reintegration, never negative");
        if (OffsetsDays.Zip(OffsetsDays.Skip(1)).Any(p => p.Second <= p.First)) problems.Add($"plan {Id}: offsets must increase");
        if (ThenEveryDays < 7) problems.Add($"plan {Id}: the repeat interval must be at least 7 days");
        if (Ask.Count > OffsetsDays.Count) problems.Add($"plan {Id}: ask lists {Ask.Count} rounds but the plan has {OffsetsDays.Count} offsets");
        foreach (var questions in Ask.Append(ThenAsk))
            if (questions.Distinct().Count() != questions.Count) problems.Add($"plan {Id}: a round asks the same question twice");
        return problems;
    }

    /// <summary>The date of round <paramref name="round"/> (1-based) for a client reintegrated on <paramref name="reintegrated"/>.</summary>
    public DateOnly DueDate(DateOnly reintegrated, int round)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(round, 1);
        if (round <= OffsetsDays.Count) return reintegrated.AddDays(OffsetsDays[round - 1]);
        return reintegrated.AddDays(OffsetsDays[^1] + (round - OffsetsDays.Count) * ThenEveryDays);
    }

    /// <summary>The first round due on or after <paramref name="today"/> (an enrolment made late skips past rounds).</summary>
    public int FirstRoundFrom(DateOnly reintegrated, DateOnly today)
    {
        var round = 1;
        while (DueDate(reintegrated, round) < today) round++;
        return round;
    }
}
