using Hotline.Domain.Cases;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Language;
using Hotline.Domain.SafeMigration;
using Hotline.Domain.Sms;
using Xunit.Abstractions;

namespace Hotline.Content.Tests;

/// <summary>
/// The follow-up a person in danger gets when nobody anywhere is on call: for every country in emergency.yaml (and
/// one that is not) and every language form it fits two segments, names nothing the deny-list forbids, carries only
/// checked numbers and no unfilled placeholder.
/// </summary>
public sealed class UrgentFollowUpTests(ITestOutputHelper output)
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() => ContentLoader.Load(RepositoryContent.ContentDirectory));

    [Fact]
    public void Every_country_s_follow_up_fits_two_segments_passes_the_deny_list_and_leaves_out_sample_numbers()
    {
        var numbers = (EmergencyNumbersAction)Snapshot.Value.Actions[EmergencyNumbersAction.ActionName];
        var followUp = new UrgentFollowUp(numbers.Contacts, Snapshot.Value.Texts);
        var doc = new YamlDotNet.Serialization.Deserializer()
            .Deserialize<Dictionary<string, Dictionary<string, List<string>>>>(File.ReadAllText(Path.Combine(RepositoryContent.ContentDirectory, "deny-list.yaml")));
        var deny = new DenyList(doc["words"].SelectMany(p => p.Value.Select(w => (w, TextNormaliser.Key(w), p.Key))).ToList());
        foreach (var country in numbers.Contacts.Countries.Select(c => c.Country).Append("FR"))
        {
            foreach (var form in LanguageForms.All)
            {
                var message = followUp.For(country, form);
                var cost = SmsSegments.Measure(message);
                output.WriteLine($"{country} {form.Code()}: {cost.Segments} segments: {message}");
                Assert.True(cost.Segments <= 2, $"{country} {form.Code()}: {cost.Segments} segments");
                Assert.Empty(deny.Find(message));
                Assert.DoesNotContain("{", message);
                foreach (var sample in numbers.Contacts.For(country).Numbers.Where(n => !n.HasSource))
                    Assert.DoesNotContain(": " + sample.Number, message);
            }
        }
    }

    [Fact]
    public void A_thai_number_s_follow_up_gives_the_thai_emergency_numbers()
    {
        var numbers = (EmergencyNumbersAction)Snapshot.Value.Actions[EmergencyNumbersAction.ActionName];
        var message = new UrgentFollowUp(numbers.Contacts, Snapshot.Value.Texts).For("TH", LanguageForm.En);

        Assert.Equal("We are still looking for someone to help you. If you need help now, call emergency: 191, ambulance: 1669. Send x to end.", message);
    }
}
