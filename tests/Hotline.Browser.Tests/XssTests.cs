using System.Text.RegularExpressions;
using Hotline.Browser.Tests.Support;

namespace Hotline.Browser.Tests;

/// <summary>Markup, script and direction tricks sent as SMS show on the case page as text, and do nothing.</summary>
[Collection(PostgresCollection.Name)]
public sealed class XssTests(PostgresFixture postgres, Chromium chromium) : IClassFixture<Chromium>
{
    private const string Person = "+85512000104";

    [Fact]
    public async Task Markup_sent_by_sms_renders_as_inert_text_in_the_browser()
    {
        await using var hotline = await SampleHotline.StartAsync(postgres);
        var code = await SendCorpusAsync(hotline);
        await using var tab = await ConsoleTab.OpenAsync(chromium, hotline.Server);
        await tab.SignInAsync(hotline.Responder);

        await tab.Page.GotoAsync($"/console/cases/{code}");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Take this case" }).FocusAsync(); // an autofocus/onfocus payload would fire now
        await tab.Page.Locator(".transcript").HoverAsync();

        var shown = await tab.Page.Locator(".msg.in .body").AllTextContentsAsync();
        foreach (var payload in XssCorpus.Payloads) Assert.Contains(payload, shown);
        Assert.Equal(0, await tab.Page.Locator("main script, main img, main svg, main iframe, main object, main a[href^='javascript'], main [onerror], main [onload]").CountAsync());
        Assert.DoesNotContain(tab.Requests, u => new Uri(u).AbsolutePath is var path && !path.StartsWith("/console/") && path != "/favicon.ico");
        tab.AssertQuiet();
    }

    [Fact]
    public async Task Case_page_html_carries_no_markup_from_the_messages()
    {
        await using var hotline = await SampleHotline.StartAsync(postgres);
        var code = await SendCorpusAsync(hotline);
        await using var tab = await ConsoleTab.OpenAsync(chromium, hotline.Server);
        await tab.SignInAsync(hotline.Responder);

        var html = await (await tab.Page.GotoAsync($"/console/cases/{code}"))!.TextAsync();

        // The only script tags are the console's own files; nothing a person wrote becomes a tag or an attribute.
        Assert.Equal(Regex.Count(html, "<script", RegexOptions.IgnoreCase), Regex.Count(html, "<script src=\"/console/assets/[a-z]+\\.js\"></script>"));
        foreach (var payload in XssCorpus.Payloads.Where(p => p.Contains('<') || p.Contains('"')))
            Assert.DoesNotContain(payload, html);
        Assert.DoesNotMatch(new Regex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"<[^>]*\s(href|src|action|data)\s*=\s*[""']?\s*(javascript:|https://evil)", RegexOptions.IgnoreCase), html);
        Assert.Equal(Regex.Count(html, "<textarea"), Regex.Count(html, "</textarea>"));
    }

    /// <summary>An urgent message opens the case; then every payload arrives from the same person.</summary>
    private static async Task<string> SendCorpusAsync(SampleHotline hotline)
    {
        var code = await hotline.UrgentCaseAsync(Person, "help me now");
        foreach (var payload in XssCorpus.Payloads)
            Assert.Equal(System.Net.HttpStatusCode.OK, (await hotline.Server.SendSmsAsync(Person, payload)).StatusCode);
        return code;
    }
}
