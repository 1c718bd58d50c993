namespace Hotline.Browser.Tests.Support;

/// <summary>
/// One headless Chromium for a test class (a class fixture); each test opens its own <see cref="ConsoleTab"/>, a fresh
/// browser context with no cookies. The browser is Debian's <c>chromium</c> package, driven by Playwright through
/// its executable path: nothing is ever downloaded.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Overrides where the browser is, for machines where it is not <see cref="DebianPath"/>.</summary>
    public const string PathVariable = "HOTLINE_CHROMIUM";
    public const string DebianPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Waits are for conditions, never fixed sleeps; the bound is generous because the machine may be busy.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath(),
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public static string ExecutablePath()
    {
        var path = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } set ? set : DebianPath;
        if (!File.Exists(path))
            throw new InvalidOperationException($"No Chromium at {path}: install Debian's chromium package (scripts/test.sh does) or set {PathVariable}.");
        return path;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}
