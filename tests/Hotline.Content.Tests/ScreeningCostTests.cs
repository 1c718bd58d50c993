using Hotline.Domain.Conversations;
using Hotline.Domain.Conversations.Effects;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Language;
using Hotline.Domain.SafeMigration;
using Hotline.Domain.Sms;
using Xunit.Abstractions;

namespace Hotline.Content.Tests;

/// <summary>
/// What a whole screening costs in SMS segments, measured on the real content through the engine: every message
/// sent from the first question to the result, in each language form. The bar (issue: safe migration) is at most
/// 14 segments in Khmer script. The figures printed here are the ones in docs/content.md.
/// </summary>
public sealed class ScreeningCostTests(ITestOutputHelper output)
{
    public const int KhmerBudget = 14;

    private static readonly Lazy<ContentSnapshot> Snapshot = new(() => ContentLoader.Load(RepositoryContent.ContentDirectory));

    /// <summary>
    /// Destination, sector, broker, age, a loan (no fee), passport kept (wages not), Khmer contract, passport and permit,
    /// no promises or marriage, no secret.
    /// </summary>
    private static readonly string[] HighRiskAnswers = ["1", "1", "2", "25", "2", "1", "1", "1", "4", "2"];

    /// <summary>
    /// Every question answered with the answer that shows the most signs (several brokers, fee and loan, passport and
    /// wages, no contract, no documents, high pay and marriage, secret): the longest path, with the longest result.
    /// </summary>
    private static readonly string[] AllSignsAnswers = ["1", "1", "5", "25", "3", "3", "3", "3", "3", "1"];

    public static TheoryData<string> Forms() => new() { "km", "km-Latn", "en" };

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_full_screening_stays_within_budget(string code)
    {
        LanguageForms.TryParse(code, out var form);
        var high = Play(form, HighRiskAnswers);
        var allSigns = Play(form, AllSignsAnswers);
        output.WriteLine($"{code}: broker + passport + loan {high.Segments} segments in {high.Messages} messages ({high.Result} for the result); " +
                         $"every sign {allSigns.Segments} segments ({allSigns.Result} for the result)");

        Assert.Equal(11, high.Messages);
        if (form == LanguageForm.Km)
        {
            Assert.True(high.Segments <= KhmerBudget, $"a full screening costs {high.Segments} segments in Khmer script, over {KhmerBudget}");
            Assert.True(allSigns.Segments <= KhmerBudget, $"a screening with every sign costs {allSigns.Segments} segments in Khmer script, over {KhmerBudget}");
        }
    }

    [Fact]
    public void No_screening_result_costs_more_than_four_segments_in_any_form()
    {
        // Every combination of the three reasons and the step a result can show, with the longest level line.
        var action = Snapshot.Value.Actions[ScreenOfferAction.ActionName] as ScreenOfferAction;
        Assert.NotNull(action);
        var model = action.Model;
        foreach (var form in LanguageForms.All)
        {
            var header = new[] { "low", "caution", "high" }.Select(l => Snapshot.Value.Texts["job_offer.result_" + l].For(form)).MaxBy(t => t.Length)!;
            var reasons = model.Indicators.Select(i => i.Reason[form]).OrderByDescending(r => r.Length).Take(Hotline.Domain.Screening.ScreeningModel.MaxReasons);
            var step = model.NextSteps.Select(s => s.Text[form]).MaxBy(s => s.Length)!;
            var worst = string.Join("\n", [header, .. reasons, step]);
            var cost = SmsSegments.Measure(worst);
            output.WriteLine($"{form.Code()}: longest possible result {cost.Units} units, {cost.Segments} segments");
            Assert.True(cost.Segments <= 4, $"{form.Code()}: the longest result costs {cost.Segments} segments");
        }
    }

    private static (int Segments, int Messages, int Result) Play(LanguageForm form, string[] answers)
    {
        var engine = new SnapshotConversationEngine(Snapshot.Value);
        var contact = new ContactContext(7, form, false);
        var state = ConversationState.New;
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));
        var sent = new List<string>();
        var hello = form switch { LanguageForm.Km => "សួស្តី", LanguageForm.KmLatn => "sour sdey", _ => "hello" };
        foreach (var (text, i) in new[] { hello, "1" }.Concat(answers).Select((t, i) => (t, i)))
        {
            now = now.AddMinutes(1);
            var result = engine.Step(state, new StepInput(new InboundMessage(text, Channel.Simulator, "KH", now), contact), now);
            state = result.State;
            // The menu (first contact) is not part of the screening; everything after "1" is.
            if (i > 0) sent.AddRange(result.Effects.OfType<SendReply>().Select(r => r.Text));
        }
        var segments = sent.Sum(s => SmsSegments.Measure(s).Segments);
        return (segments, sent.Count, SmsSegments.Measure(sent[^1]).Segments);
    }
}
