using Hotline.Domain.Dialogs;
using Hotline.Domain.Dialogs.Actions;
using Hotline.Domain.Language;
using Hotline.Domain.SafeMigration;
using Hotline.Domain.Sms;
using Xunit.Abstractions;

namespace Hotline.Content.Tests;

/// <summary>
/// The urgent flow's one safety message carries the emergency numbers of the person's country. For every country
/// in emergency.yaml (and the fallback) and every language form, the message as sent fits two segments and has no
/// deny-listed word; sample numbers never appear in it.
/// </summary>
public sealed class UrgentSafetyMessageTests(ITestOutputHelper output)
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() => ContentLoader.Load(RepositoryContent.ContentDirectory));

    [Fact]
    public void Every_country_s_safety_message_fits_two_segments_and_passes_the_deny_list()
    {
        var snapshot = Snapshot.Value;
        var action = Assert.IsType<EmergencyNumbersAction>(snapshot.Actions[EmergencyNumbersAction.ActionName]);
        var deny = ShippedDenyList();
        foreach (var country in action.Contacts.Countries.Select(c => c.Country).Append("FR"))
        {
            foreach (var form in LanguageForms.All)
            {
                var result = action.Run(new ActionRequest(new Dictionary<string, string>(), new Dictionary<string, string>(), form, DateTimeOffset.UnixEpoch) { SenderCountry = country });
                var key = result.Outcome == "numbers" ? "urgent.safety_numbers" : "urgent.safety";
                var message = TextTemplate.Render(snapshot.Texts[key].For(form), result.Values);
                var cost = SmsSegments.Measure(message);
                output.WriteLine($"{country} {form.Code()}: {cost.Segments} segments, {cost.Units} units: {message}");
                Assert.True(cost.Segments <= 2, $"{country} {form.Code()}: {cost.Segments} segments");
                Assert.Empty(deny.Find(message));
                Assert.DoesNotContain("{", message);
                foreach (var sample in action.Contacts.For(country).Numbers.Where(n => !n.HasSource))
                    Assert.DoesNotContain(": " + sample.Number, result.Values["emergency_numbers"]);
            }
        }
    }

    private static DenyList ShippedDenyList()
    {
        var doc = new YamlDotNet.Serialization.Deserializer()
            .Deserialize<Dictionary<string, Dictionary<string, List<string>>>>(File.ReadAllText(Path.Combine(RepositoryContent.ContentDirectory, "deny-list.yaml")));
        return new DenyList(doc["words"].SelectMany(p => p.Value.Select(w => (w, TextNormaliser.Key(w), p.Key))).ToList());
    }

    [Fact]
    public void A_country_the_flow_names_wins_over_the_number_s_country()
    {
        var action = (EmergencyNumbersAction)Snapshot.Value.Actions[EmergencyNumbersAction.ActionName];
        var result = action.Run(new ActionRequest(new Dictionary<string, string> { ["country"] = "MY" }, new Dictionary<string, string>(), LanguageForm.En, DateTimeOffset.UnixEpoch) { SenderCountry = "KH" });

        Assert.Equal("MY", result.Values["emergency_country"]);
        Assert.Equal("emergency: 999", result.Values["emergency_numbers"]);
    }
}
