using System.Text.RegularExpressions;
using Hotline.Browser.Tests.Support;

namespace Hotline.Browser.Tests;

/// <summary>A responder's night, in the browser: sign in, see an urgent SMS arrive, take it, answer, close it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ResponderFlowTests(PostgresFixture postgres, Chromium chromium) : IClassFixture<Chromium>
{
    private const string Person = "+85512000101";

    [Fact]
    public async Task Responder_signs_in_sees_an_urgent_sms_arrive_takes_it_replies_by_sms_and_closes_it()
    {
        await using var hotline = await SampleHotline.StartAsync(postgres);
        await using var tab = await ConsoleTab.OpenAsync(chromium, hotline.Server);
        var page = tab.Page;

        await tab.SignInAsync(hotline.Responder);
        await Assertions.Expect(page.GetByText("No open cases.")).ToBeVisibleAsync();

        // The queue page is left alone: its own script fetches the list every 10 seconds.
        var code = await hotline.UrgentCaseAsync(Person, "They locked me in the room, I cannot get out");
        var row = page.Locator($"#queue a[href='/console/cases/{code}']");
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(row).ToContainTextAsync("Urgent");
        await Assertions.Expect(row).ToContainTextAsync("Assigned to: Nobody");

        await row.ClickAsync();
        await page.WaitForURLAsync($"**/console/cases/{code}");
        await Assertions.Expect(page.Locator(".transcript")).ToContainTextAsync("They locked me in the room, I cannot get out");
        await page.GetByRole(AriaRole.Button, new() { Name = "Take this case" }).ClickAsync();
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync(new Regex(@"Status\s*assigned"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Take this case" })).ToHaveCountAsync(0);

        const string reply = "We have your message. Are you somewhere safe to talk now?";
        await page.GetByLabel("Reply").FillAsync(reply);
        await ShowSegmentCountAsync(page);
        await Assertions.Expect(page.GetByText(new Regex(@"^1 SMS segments"))).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Reply")).ToHaveValueAsync(reply);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".msg.out", new() { HasText = reply })).ToBeVisibleAsync();

        await HotlineTestServer.EventuallyAsync(async () => hotline.Server.Provider!.Messages.Any(m => m.Body == reply),
            "the fake provider receives the reply");
        var sent = Assert.Single(hotline.Server.Provider!.Messages, m => m.Body == reply);
        Assert.Equal(Person, sent.To);
        Assert.Equal(HotlineTestServer.OurNumber, sent.From);

        await page.GetByLabel("Outcome").SelectOptionAsync("resolved");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close the case" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.closed")).ToContainTextAsync("resolved");
        await page.GetByRole(AriaRole.Link, new() { Name = "Queue" }).ClickAsync();
        await Assertions.Expect(page.GetByText("No open cases.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"a[href='/console/cases/{code}']")).ToHaveCountAsync(0);
        tab.AssertQuiet();
    }

    /// <summary>
    /// The draft's SMS segment count. Today the reply form counts on the server with its "Count SMS segments" button
    /// (the draft stays in the box); a count that updates while typing needs no button, so the button is pressed only
    /// when the form has one.
    /// </summary>
    private static async Task ShowSegmentCountAsync(IPage page)
    {
        var count = page.GetByRole(AriaRole.Button, new() { Name = "Count SMS segments" });
        if (await count.CountAsync() > 0) await count.ClickAsync();
    }
}
