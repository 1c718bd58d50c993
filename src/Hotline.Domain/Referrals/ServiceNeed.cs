namespace Hotline.Domain.Referrals;

/// <summary>
/// What a person needs help with. Content words: legal_aid, wage_claim, shelter, medical,
/// counselling, vocational_training, job_placement, repatriation.
/// </summary>
public enum ServiceNeed
{
    LegalAid,
    WageClaim,
    Shelter,
    Medical,
    Counselling,
    VocationalTraining,
    JobPlacement,
    Repatriation,
}

/// <summary>Who a service says it is open to. Content words: women, men, children, lgbt.</summary>
public enum Eligible
{
    Women,
    Men,
    Children,
    Lgbt,
}

public static class ReferralWords
{
    private static readonly Dictionary<string, ServiceNeed> Needs = new(StringComparer.Ordinal)
    {
        ["legal_aid"] = ServiceNeed.LegalAid,
        ["wage_claim"] = ServiceNeed.WageClaim,
        ["shelter"] = ServiceNeed.Shelter,
        ["medical"] = ServiceNeed.Medical,
        ["counselling"] = ServiceNeed.Counselling,
        ["vocational_training"] = ServiceNeed.VocationalTraining,
        ["job_placement"] = ServiceNeed.JobPlacement,
        ["repatriation"] = ServiceNeed.Repatriation,
    };

    private static readonly Dictionary<string, Eligible> Groups = new(StringComparer.Ordinal)
    {
        ["women"] = Eligible.Women,
        ["men"] = Eligible.Men,
        ["children"] = Eligible.Children,
        ["lgbt"] = Eligible.Lgbt,
    };

    public static bool TryParseNeed(string? word, out ServiceNeed need) => Needs.TryGetValue(word ?? string.Empty, out need);

    public static bool TryParseEligible(string? word, out Eligible group) => Groups.TryGetValue(word ?? string.Empty, out group);

    public static string Word(this ServiceNeed need) => Needs.First(p => p.Value == need).Key;

    public static string Word(this Eligible group) => Groups.First(p => p.Value == group).Key;
}
