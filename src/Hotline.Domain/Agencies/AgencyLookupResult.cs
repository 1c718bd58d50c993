namespace Hotline.Domain.Agencies;

/// <summary>
/// What a lookup found. Every kind carries the register it came from, because every answer must
/// quote the list's source and date, and say when it cannot confirm anything.
/// </summary>
public abstract record AgencyLookupResult(RegisterInfo Register)
{
    /// <summary>One agency, clearly ahead of any other. Its <see cref="Agency.Status"/> may be suspended or revoked.</summary>
    public sealed record Match(Agency Agency, double Confidence, RegisterInfo Register) : AgencyLookupResult(Register);

    /// <summary>Nothing close enough: "not on the list of <see cref="RegisterInfo.PublishedOn"/>". Never "illegal".</summary>
    public sealed record NoMatch(RegisterInfo Register) : AgencyLookupResult(Register)
    {
        public DateOnly ListDate => Register.PublishedOn;
    }

    /// <summary>Several names are close, or one is close but not close enough: ask "did you mean …?".</summary>
    public sealed record Ambiguous(IReadOnlyList<AgencyCandidate> Candidates, RegisterInfo Register) : AgencyLookupResult(Register);

    /// <summary>The agency a person most likely meant, if any: the match, or the first candidate.</summary>
    public Agency? Top => this switch
    {
        Match m => m.Agency,
        Ambiguous a when a.Candidates.Count > 0 => a.Candidates[0].Agency,
        _ => null,
    };
}

/// <summary>A possible agency with how close its name came (0–1).</summary>
public sealed record AgencyCandidate(Agency Agency, double Confidence);

/// <summary>What a person must be told about the list itself: where it comes from, its date, whether it is the shipped sample.</summary>
public sealed record RegisterInfo(string Source, DateOnly PublishedOn, bool IsSample, int Count)
{
    /// <summary>
    /// Whether an answer from this list may be stated as current: never for a sample, never when
    /// the list is older than <paramref name="maxAgeDays"/> (an agency can lose its licence since).
    /// </summary>
    public bool CanConfirm(DateOnly today, int maxAgeDays) =>
        !IsSample && Count > 0 && today.DayNumber - PublishedOn.DayNumber <= maxAgeDays;
}
