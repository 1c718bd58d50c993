using System.Collections.Concurrent;

namespace Hotline.Browser.Tests.Support;

/// <summary>
/// A fresh browser context on the test server with one page, which keeps watch over what a malicious message could
/// make the page do: every request whose host is not 127.0.0.1 is aborted and remembered, and every dialog, page
/// error and console error is remembered. <see cref="AssertQuiet"/> asserts none of it happened.
/// </summary>
public sealed class ConsoleTab : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _outsideRequests = new();
    private readonly ConcurrentQueue<string> _dialogs = new();
    private readonly ConcurrentQueue<string> _errors = new();

    private ConsoleTab(IBrowserContext context) => Context = context;

    public IBrowserContext Context { get; }
    public IPage Page { get; private set; } = null!;

    /// <summary>Every request the page made, as URLs.</summary>
    public IReadOnlyCollection<string> Requests => _requests;
    public IReadOnlyCollection<string> OutsideRequests => _outsideRequests;
    public IReadOnlyCollection<string> Dialogs => _dialogs;
    public IReadOnlyCollection<string> Errors => _errors;

    public static Task<ConsoleTab> OpenAsync(Chromium chromium, HotlineTestServer server) => OpenAsync(chromium, server.Http.BaseAddress!);

    public static async Task<ConsoleTab> OpenAsync(Chromium chromium, Uri baseAddress, int width = 1280, int height = 800, string locale = "en-GB")
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            TimezoneId = "Asia/Phnom_Penh",
        });
        context.SetDefaultTimeout(20_000);
        var tab = new ConsoleTab(context);
        await context.RouteAsync("**/*", async route =>
        {
            tab._requests.Enqueue(route.Request.Url);
            if (new Uri(route.Request.Url).Host == "127.0.0.1") await route.ContinueAsync();
            else
            {
                tab._outsideRequests.Enqueue(route.Request.Url);
                await route.AbortAsync("blockedbyclient");
            }
        });
        tab.Page = await context.NewPageAsync(); // after the route, so not even its first request escapes it
        tab.Page.Dialog += async (_, dialog) =>
        {
            tab._dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        tab.Page.PageError += (_, error) => tab._errors.Enqueue("page error: " + error);
        tab.Page.Console += (_, message) =>
        {
            if (message.Type == "error") tab._errors.Enqueue("console: " + message.Text);
        };
        return tab;
    }

    /// <summary>Signs in through the real sign-in pages: email and password, then the authenticator's code.</summary>
    public async Task SignInAsync(StaffAccount account)
    {
        await Page.GotoAsync("/console/login?lang=en");
        await Page.GetByLabel("Email").FillAsync(account.Email);
        await Page.GetByLabel("Password").FillAsync(account.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Page.WaitForURLAsync("**/console/login/code");
        await Page.GetByLabel("Code from your authenticator app").FillAsync(account.CodeAt(DateTimeOffset.UtcNow));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/console");
    }

    /// <summary>No request left for another host, no dialog opened, nothing failed in a script.</summary>
    public void AssertQuiet()
    {
        Assert.Empty(_outsideRequests);
        Assert.Empty(_dialogs);
        Assert.Empty(_errors);
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
