using Hotline.Browser.Tests.Support;

namespace Hotline.Browser.Tests;

/// <summary>The guard every browser test relies on: nothing leaves 127.0.0.1, and an attempt is on record.</summary>
public sealed class OutsideRequestTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_request_for_another_host_is_aborted_and_recorded()
    {
        await using var tab = await ConsoleTab.OpenAsync(chromium, new Uri("http://127.0.0.1:9/"));
        await tab.Page.GotoAsync("about:blank");

        var outcome = await tab.Page.EvaluateAsync<string>("fetch('https://example.org/pixel.gif').then(() => 'loaded', () => 'blocked')");

        Assert.Equal("blocked", outcome);
        Assert.Equal(["https://example.org/pixel.gif"], tab.OutsideRequests);
    }
}
