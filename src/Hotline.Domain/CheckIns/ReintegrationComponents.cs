namespace Hotline.Domain.CheckIns;

/// <summary>
/// The Asia Foundation's seven components of successful reintegration (source documents [002], [000]). A round asks
/// about one of them, in this order from round to round, so a year of check-ins covers each more than once without
/// ever sending a questionnaire. The codes name the columns of the outcome figures and the content text keys
/// (<c>component_&lt;code&gt;</c>).
/// </summary>
public static class ReintegrationComponents
{
    public static readonly IReadOnlyList<string> All =
        ["stigma", "education", "training_employment", "legal", "medical", "social", "psychological"];

    /// <summary>The component a round asks about (1-based rounds, in turn).</summary>
    public static string ForRound(int round) => All[(Math.Max(round, 1) - 1) % All.Count];
}
