namespace Hotline.Domain.Cases;

/// <summary>
/// How long each tier has to acknowledge and how many rounds the chain runs. <see cref="RepeatLimit"/>
/// counts rounds in total: 2 means primary, backup, coordinators, then once more from the primary,
/// then the chain is exhausted and the host raises an alarm that someone must see.
/// </summary>
public sealed record EscalationPolicy(TimeSpan AckTimeout, int RepeatLimit)
{
    /// <summary>
    /// Five minutes per tier and two rounds: a person in danger waits at most half an hour before the
    /// alarm, and a responder has time to find their phone. NGOs tune both in settings.
    /// </summary>
    public static EscalationPolicy Default { get; } = new(TimeSpan.FromMinutes(5), 2);

    /// <summary>Everything wrong with the policy; empty when it can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (AckTimeout <= TimeSpan.Zero) problems.Add("the acknowledgement timeout must be longer than zero");
        if (RepeatLimit < 1) problems.Add("the repeat limit must be at least one round");
        return problems;
    }
}
