using Hotline.Domain.Conversations;
using Hotline.Domain.Conversations.Effects;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Language;
using Hotline.Domain.Sms;
using Xunit.Abstractions;

namespace Hotline.Content.Tests;

/// <summary>
/// What the help request, an agency report and the urgent exchange cost in SMS segments, played through the engine
/// on the real content in each form: every message sent from the menu choice (or the urgent message) to the last
/// reply. The bounds are the figures in docs/content.md, so a text that grows shows up here.
/// </summary>
public sealed class FlowCostTests(ITestOutputHelper output)
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() => ContentLoader.Load(RepositoryContent.ContentDirectory));

    public static TheoryData<string, string, int, string[]> Cases() => new()
    {
        // Help request in a province: need, where, the places that help, when to contact, consent, what happens next.
        { "help request, in a province", "km", 14, ["៥", "៣", "បាត់ដំបង", "៣", "១"] },
        { "help request, in a province", "km-Latn", 9, ["5", "3", "Battambang", "3", "1"] },
        { "help request, in a province", "en", 9, ["5", "3", "Battambang", "3", "1"] },
        // From abroad there is no list of places in Cambodia.
        { "help request, abroad", "km", 9, ["៥", "៣", "ថៃ", "៣", "១"] },
        { "help request, abroad", "km-Latn", 6, ["5", "3", "srok thai", "3", "1"] },
        { "help request, abroad", "en", 6, ["5", "3", "Thailand", "3", "1"] },
        // Report from the menu word: name, reason, thanks.
        { "agency report", "km", 5, ["រាយការណ៍", "សុខា", "១"] },
        { "agency report", "km-Latn", 4, ["reaykar", "Sokha", "1"] },
        { "agency report", "en", 4, ["report", "Sokha", "1"] },
        // Urgent: the safety message with the numbers, then the thanks after the details.
        { "urgent", "km", 3, ["ជួយខ្ញុំផង", "រោងចក្រ"] },
        { "urgent", "km-Latn", 3, ["jouy knhom phong", "rong chakr"] },
        { "urgent", "en", 2, ["help me", "a factory"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_whole_exchange_stays_within_its_figure(string what, string code, int budget, string[] messages)
    {
        LanguageForms.TryParse(code, out var form);
        var snapshot = Snapshot.Value;
        var contact = new ContactContext(7, form, false);
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));
        // Reach the menu first; its first-contact greeting is not part of the figure.
        var state = DialogEngine.Step(snapshot, ConversationState.New, new StepInput(new InboundMessage(Greeting(form), Channel.Sms, "KH", now), contact), now).State;
        var segments = 0;
        var sent = 0;
        foreach (var text in messages)
        {
            now = now.AddMinutes(1);
            var result = DialogEngine.Step(snapshot, state, new StepInput(new InboundMessage(text, Channel.Sms, "KH", now), contact), now);
            state = result.State;
            foreach (var reply in result.Effects.OfType<SendReply>())
            {
                segments += SmsSegments.Measure(reply.Text).Segments;
                sent++;
            }
        }
        output.WriteLine($"{what} [{code}]: {segments} segments in {sent} messages");
        Assert.True(sent >= messages.Length, $"{what} [{code}]: a message went unanswered");
        Assert.Equal(form, state.Language);
        Assert.True(segments <= budget, $"{what} [{code}]: {segments} segments, over {budget}");
    }

    private static string Greeting(LanguageForm form) => form switch
    {
        LanguageForm.Km => "សួស្តី",
        LanguageForm.KmLatn => "sour sdey",
        _ => "hello",
    };
}
