using Hotline.Browser.Tests.Support;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>
/// The queue and a case page on a 360-px phone and a 1280-px laptop, in English and Khmer: nothing scrolls sideways,
/// every control is large enough to tap, and a screenshot of each is kept for people to look at.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ConsoleLookTests(PostgresFixture postgres, Chromium chromium, ITestOutputHelper output) : IClassFixture<Chromium>
{
    private static readonly (int Width, int Height)[] Viewports = [(360, 780), (1280, 800)];
    private static readonly string[] Languages = ["en", "km"];

    [Fact]
    public async Task Queue_and_case_page_fit_a_phone_and_a_laptop_in_english_and_khmer()
    {
        await using var hotline = await SampleHotline.StartAsync(postgres);
        await hotline.UrgentCaseAsync("+85512000102", "ជួយបន្ទាន់ ខ្ញុំមានគ្រោះថ្នាក់ គេមិនឱ្យខ្ញុំចេញពីរោងចក្រ");
        var code = await hotline.UrgentCaseAsync("+85512000103", "They took my passport and I can't leave the boat");
        await using var tab = await ConsoleTab.OpenAsync(chromium, hotline.Server);
        await tab.SignInAsync(hotline.Responder);
        await tab.Page.GotoAsync($"/console/cases/{code}");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Take this case" }).ClickAsync();
        await tab.Page.GetByLabel("Reply").FillAsync("We have your message. Are you somewhere safe to talk now? Reply 1 for yes, 2 for no.");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator(".msg.out").Last).ToContainTextAsync("Reply 1 for yes");

        var failures = new List<string>();
        foreach (var (width, height) in Viewports)
        foreach (var lang in Languages)
        {
            await tab.Page.SetViewportSizeAsync(width, height);
            foreach (var (name, path) in new[] { ("queue", "/console"), ("case", $"/console/cases/{code}") })
            {
                await tab.Page.GotoAsync($"{path}?lang={lang}");
                await Assertions.Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("lang", lang);
                var shot = $"{name}-{width}-{lang}";
                await Screenshots.SaveAsync(tab.Page, shot); // first, so a page that fails below can be looked at
                failures.AddRange(await MisfitsAsync(tab.Page, shot, width));
            }
        }
        output.WriteLine($"Screenshots: {Screenshots.Folder}");
        Assert.Empty(failures);
        tab.AssertQuiet();
    }

    /// <summary>No sideways scrolling, and every link, button and field at least 44 px tall (a finger, not a mouse).</summary>
    private static async Task<IEnumerable<string>> MisfitsAsync(IPage page, string what, int width)
    {
        var misfits = new List<string>();
        if (await page.EvaluateAsync<int>("document.documentElement.scrollWidth") > width) misfits.Add($"{what} scrolls sideways");
        var small = await page.EvaluateAsync<string[]>("""
            Array.from(document.querySelectorAll('a, button, select, input:not([type=hidden]), textarea'))
              .filter(e => e.getClientRects().length > 0 && e.getBoundingClientRect().height < 44)
              .map(e => e.outerHTML.slice(0, 80) + ' ' + Math.round(e.getBoundingClientRect().height) + 'px')
            """);
        misfits.AddRange(small.Select(e => $"{what}: too small to tap: {e}"));
        return misfits;
    }
}
