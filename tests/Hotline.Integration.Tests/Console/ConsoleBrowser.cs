using System.Net;
using System.Text.RegularExpressions;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Identity;

namespace Hotline.Integration.Tests.StaffConsole;

/// <summary>
/// A browser as far as the console cares: it keeps cookies by hand (the console's cookies are Secure, which an
/// HttpClient cookie container will not send over the test's plain http), does not follow redirects, and posts
/// forms with the anti-forgery token read from the page it came from.
/// </summary>
public sealed partial class ConsoleBrowser : IDisposable
{
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public ConsoleBrowser(HotlineTestServer server)
    {
        _http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server.Http.BaseAddress };
    }

    public IReadOnlyList<string> LastSetCookies { get; private set; } = [];

    public string? Cookie(string name) => _cookies.GetValueOrDefault(name);

    public void SetCookie(string name, string value) => _cookies[name] = value;

    public async Task<HttpResponseMessage> GetAsync(string path, bool fetch = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (fetch) request.Headers.Add("X-Requested-With", "fetch");
        return await SendAsync(request);
    }

    public async Task<string> PageAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens <paramref name="page"/>, takes its form token, and posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, string action, params (string Name, string Value)[] fields)
    {
        var token = CsrfToken().Match(await PageAsync(page)).Groups[1].Value;
        return await PostAsync(action, [.. fields, ("csrf", token)]);
    }

    public async Task<HttpResponseMessage> PostAsync(string action, params (string Name, string Value)[] fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, action)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        return await SendAsync(request);
    }

    /// <summary>Posts a form the way the console's script does (marked as a fetch, which does not count as activity).</summary>
    public async Task<HttpResponseMessage> PostFetchAsync(string action, params (string Name, string Value)[] fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, action)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        request.Headers.Add("X-Requested-With", "fetch");
        return await SendAsync(request);
    }

    /// <summary>Signs in with password and the current TOTP code; asserts that it worked.</summary>
    public async Task SignInAsync(string email, string password, byte[] totpSecret, DateTimeOffset now)
    {
        var afterPassword = await SubmitAsync("/console/login", "/console/login", ("email", email), ("password", password));
        Assert.Equal(HttpStatusCode.Redirect, afterPassword.StatusCode);
        Assert.Equal("/console/login/code", afterPassword.Headers.Location?.OriginalString);
        var afterCode = await SubmitAsync("/console/login/code", "/console/login/code", ("code", Totp.Code(totpSecret, Totp.StepAt(now))));
        Assert.Equal(HttpStatusCode.Redirect, afterCode.StatusCode);
        Assert.Equal("/console", afterCode.Headers.Location?.OriginalString);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await _http.SendAsync(request);
        LastSetCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        foreach (var header in LastSetCookies)
        {
            var pair = header.Split(';')[0];
            var name = pair[..pair.IndexOf('=')];
            var value = pair[(pair.IndexOf('=') + 1)..];
            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) _cookies.Remove(name);
            else _cookies[name] = value;
        }
        return response;
    }

    [GeneratedRegex("name=\"csrf\" value=\"([0-9A-F]+)\"")]
    private static partial Regex CsrfToken();

    public void Dispose() => _http.Dispose();
}
