namespace Hotline.Domain.Agencies;

/// <summary>
/// A lookup turned into what the reply must say: a content key and the facts the text quotes.
/// Keys: <c>agency.licensed</c>, <c>agency.suspended</c>, <c>agency.revoked</c>, <c>agency.not_on_list</c>,
/// <c>agency.did_you_mean</c>. When <see cref="CanConfirm"/> is false the reply must add the
/// <see cref="CannotConfirmKey"/> text (<c>agency.cannot_confirm.sample</c> or <c>agency.cannot_confirm.old_list</c>).
/// There is deliberately no key for "illegal": a name missing from a list proves nothing by itself.
/// </summary>
public sealed record AgencyAnswer(
    string Key,
    bool CanConfirm,
    string? CannotConfirmKey,
    Agency? Agency,
    IReadOnlyList<Agency> Candidates,
    string Source,
    DateOnly ListDate)
{
    public const string Licensed = "agency.licensed";
    public const string Suspended = "agency.suspended";
    public const string Revoked = "agency.revoked";
    public const string NotOnList = "agency.not_on_list";
    public const string DidYouMean = "agency.did_you_mean";
    public const string CannotConfirmSample = "agency.cannot_confirm.sample";
    public const string CannotConfirmOldList = "agency.cannot_confirm.old_list";

    public static AgencyAnswer For(AgencyLookupResult result, DateOnly today, int maxAgeDays)
    {
        var register = result.Register;
        var canConfirm = register.CanConfirm(today, maxAgeDays);
        var cannotConfirmKey = canConfirm ? null : register.IsSample ? CannotConfirmSample : CannotConfirmOldList;
        return result switch
        {
            AgencyLookupResult.Match m => new AgencyAnswer(
                m.Agency.Status switch
                {
                    AgencyStatus.Licensed => Licensed,
                    AgencyStatus.Suspended => Suspended,
                    _ => Revoked,
                },
                canConfirm, cannotConfirmKey, m.Agency, [], m.Agency.Source, m.Agency.Published),
            AgencyLookupResult.Ambiguous a => new AgencyAnswer(
                DidYouMean, canConfirm, cannotConfirmKey, null, a.Candidates.Select(c => c.Agency).ToList(),
                register.Source, register.PublishedOn),
            _ => new AgencyAnswer(NotOnList, canConfirm, cannotConfirmKey, null, [], register.Source, register.PublishedOn),
        };
    }
}
