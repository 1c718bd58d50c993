namespace Hotline.Domain.CheckIns;

/// <summary>A question a check-in round may ask after "how are things", one SMS each (content/checkins/plans.yaml).</summary>
public enum CheckInQuestion
{
    /// <summary>"Are you working at the moment?" — yes or no.</summary>
    Work,
    /// <summary>"Roughly how much did you earn last month?" — an amount in riel, dollars or baht. Not asked after "no work".</summary>
    Income,
    /// <summary>One of the seven reintegration components, in turn from round to round — yes means "I would like help with it".</summary>
    Component,
}

public static class CheckInQuestions
{
    public static string Code(this CheckInQuestion question) => question switch
    {
        CheckInQuestion.Work => "work",
        CheckInQuestion.Income => "income",
        _ => "component",
    };

    public static bool TryParse(string? code, out CheckInQuestion question)
    {
        question = code switch { "work" => CheckInQuestion.Work, "income" => CheckInQuestion.Income, "component" => CheckInQuestion.Component, _ => (CheckInQuestion)(-1) };
        return Enum.IsDefined(question);
    }
}
