using Hotline.Content;
using Hotline.Domain.Cases;
using Hotline.Domain.SafeMigration;
using Hotline.Server.Options;
using Hotline.Server.Startup;
using Microsoft.Extensions.Options;

namespace Hotline.Server.Cases;

/// <summary>The follow-up for a person nobody could be found for, built from the same content the engine checks at
/// start-up (the emergency numbers of emergency.yaml and the texts of texts/urgent.yaml).</summary>
public static class UrgentFollowUpSource
{
    public static UrgentFollowUp Load(IOptions<HotlineOptions> options)
    {
        var snapshot = ContentLoader.Load(ContentPaths.Resolve(options.Value.ContentPath), DialogActions.All());
        var numbers = snapshot.Actions.Values.OfType<EmergencyNumbersAction>().SingleOrDefault()
            ?? throw new InvalidOperationException("content/emergency.yaml is missing: the urgent follow-up has no numbers to give.");
        return new UrgentFollowUp(numbers.Contacts, snapshot.Texts);
    }
}
