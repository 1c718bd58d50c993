using Hotline.Domain.Agencies;
using Hotline.Domain.Conversations.Effects;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Dialogs.Actions;
using Hotline.Domain.Language;
using Hotline.Domain.SafeMigration;
using Hotline.Domain.Sms;
using Xunit.Abstractions;

namespace Hotline.Content.Tests;

/// <summary>report_agency and the report offer after an agency answer, on the shipped content and sample register.</summary>
public sealed class AgencyReportTests(ITestOutputHelper output)
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() => ContentLoader.Load(RepositoryContent.ContentDirectory));

    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private static ActionResult Run(string action, Dictionary<string, string> args, LanguageForm form = LanguageForm.En) =>
        Snapshot.Value.Actions[action].Run(new ActionRequest(args, new Dictionary<string, string>(), form, Now));

    [Fact]
    public void A_registered_agency_is_reported_by_its_licence_number_and_an_unlisted_one_by_its_name_key()
    {
        var listed = Assert.IsType<RecordAgencyReport>(Assert.Single(Run(ReportAgencyAction.ActionName,
            new() { ["licence"] = "", ["name"] = "kdam meas manpower", ["reason"] = "passport" }).Effects));
        var unlisted = Assert.IsType<RecordAgencyReport>(Assert.Single(Run(ReportAgencyAction.ActionName,
            new() { ["licence"] = "", ["name"] = "Sokha 012 345 678", ["reason"] = "no such reason" }).Effects));

        Assert.Equal(new AgencyReport("SAMPLE-0001", null, ReportReason.PassportKept, new DateOnly(2026, 3, 2)), listed.Report);
        Assert.Null(unlisted.Report.LicenceNumber);
        Assert.Equal("sokha", unlisted.Report.NameKey);
        Assert.Equal(ReportReason.Other, unlisted.Report.Reason);
    }

    [Fact]
    public void Every_reason_key_of_the_flow_is_a_reason_of_the_action()
    {
        var reason = Assert.IsType<Hotline.Domain.Dialogs.Nodes.AskChoice>(Snapshot.Value.Flows["report"].Nodes["reason"]);
        Assert.Equal(ReportAgencyAction.Reasons.Keys.Order(), reason.Choices.Select(c => c.Key).Order());
    }

    [Fact]
    public void Nothing_is_recorded_without_a_name_or_licence()
    {
        var result = Run(ReportAgencyAction.ActionName, new() { ["licence"] = "", ["name"] = "", ["reason"] = "fees" });

        Assert.Empty(result.Effects);
        Assert.Equal("no_name", result.Outcome);
    }

    [Theory]
    [InlineData("km")]
    [InlineData("km-Latn")]
    [InlineData("en")]
    public void Every_agency_answer_with_the_report_offer_fits_five_segments(string code)
    {
        LanguageForms.TryParse(code, out var form);
        var snapshot = Snapshot.Value;
        var lookup = (LookupAgencyAction)snapshot.Actions[LookupAgencyAction.ActionName];
        var worst = 0;
        foreach (var query in new[] { "Kdam Meas Manpower", "Sunrise Global Travel" }.Concat(lookup.Register.Agencies.Select(a => a.LicenceNumber)))
        {
            var answer = Assert.Single(lookup.Run(new ActionRequest(new Dictionary<string, string> { ["query"] = query }, new Dictionary<string, string>(), form, Now)).Replies);
            var message = TextTemplate.Render(snapshot.Texts["agency.answer_report"].For(form), new Dictionary<string, string> { ["agency_reply"] = answer });
            var cost = SmsSegments.Measure(message);
            worst = Math.Max(worst, cost.Segments);
            Assert.True(cost.Segments <= 5, $"'{query}' [{code}]: {cost.Segments} segments");
        }
        output.WriteLine($"{code}: longest agency answer with the report offer is {worst} segments");
    }
}
