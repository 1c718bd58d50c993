using Hotline.Browser.Tests.Support;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>
/// The sign-in page, the queue and a case page on a 360-px phone and a 1280-px laptop, in English and Khmer: nothing scrolls sideways,
/// every control is large enough to tap, and a screenshot of each is kept for people to look at.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ConsoleLookTests(PostgresFixture postgres, Chromium chromium, ITestOutputHelper output) : IClassFixture<Chromium>
{
    private static readonly (int Width, int Height)[] Viewports = [(360, 780), (1280, 800)];
    private static readonly string[] Languages = ["en", "km"];

    [Fact]
    public async Task Sign_in_queue_and_case_page_fit_a_phone_and_a_laptop_in_english_and_khmer()
    {
        await using var hotline = await SampleHotline.StartAsync(postgres);
        var code = await hotline.UrgentCaseAsync("+85512000102", "ជួយបន្ទាន់ ខ្ញុំមានគ្រោះថ្នាក់ គេមិនឱ្យខ្ញុំចេញពីរោងចក្រ");
        await hotline.UrgentCaseAsync("+85512000103", "They took my passport and I can't leave the boat");
        await using var tab = await ConsoleTab.OpenAsync(chromium, hotline.Server);
        var failures = new List<string>();
        foreach (var (width, height) in Viewports)
        foreach (var lang in Languages)
            failures.AddRange(await LookAtAsync(tab.Page, width, height, lang, "signin", "/console/login"));
        await tab.SignInAsync(hotline.Responder);
        await tab.Page.GotoAsync($"/console/cases/{code}");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Take this case" }).ClickAsync();
        const string reply = "យើងបានទទួលសាររបស់អ្នកហើយ។ តើអ្នកនៅកន្លែងមានសុវត្ថិភាពទេ?";
        await tab.Page.GetByLabel("Reply").FillAsync(reply);
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator(".msg.out").Last).ToContainTextAsync(reply);

        foreach (var (width, height) in Viewports)
        foreach (var lang in Languages)
        {
            failures.AddRange(await LookAtAsync(tab.Page, width, height, lang, "queue", "/console"));
            failures.AddRange(await LookAtAsync(tab.Page, width, height, lang, "case", $"/console/cases/{code}"));
        }
        output.WriteLine($"Screenshots: {Screenshots.Folder}");
        Assert.Empty(failures);
        tab.AssertQuiet();
    }

    /// <summary>Opens the page in the language at the size, saves its screenshot and returns what does not fit.</summary>
    private static async Task<IEnumerable<string>> LookAtAsync(IPage page, int width, int height, string lang, string name, string path)
    {
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync($"{path}?lang={lang}");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
        var shot = $"{name}-{width}-{lang}";
        await Screenshots.SaveAsync(page, shot); // first, so a page that fails below can still be looked at
        return await MisfitsAsync(page, shot, width);
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
