using System.Net;
using Dapper;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Identity;

namespace Hotline.Integration.Tests.StaffConsole;

[Collection(PostgresCollection.Name)]
public sealed class ConsoleLoginTests(PostgresFixture postgres)
{
    private const string Organisation = "Sample Organisation A";

    [Fact]
    public async Task Password_and_the_current_totp_code_sign_in_and_open_the_queue()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);

        await account.SignInAsync(browser);

        var queue = await browser.PageAsync("/console");
        Assert.Contains("Staff dara", queue);
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'console.login.success' AND target = @t",
            new { t = "staff_user:" + account.Id }));
    }

    [Fact]
    public async Task Session_cookie_is_host_only_secure_http_only_and_same_site_strict()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);
        await browser.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", account.Password));

        var cookie = Assert.Single(browser.LastSetCookies, c => c.StartsWith("__Host-hotline=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("; secure", cookie);
        Assert.Contains("; httponly", cookie);
        Assert.Contains("; samesite=strict", cookie);
        Assert.Contains("; path=/", cookie);
        Assert.DoesNotContain("domain=", cookie);
    }

    [Fact]
    public async Task Right_password_with_a_wrong_totp_code_does_not_sign_in()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);
        await browser.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", account.Password));

        var wrong = Totp.Code(account.TotpSecret, Totp.StepAt(DateTimeOffset.UtcNow) + 5);
        var answer = await browser.SubmitAsync("/console/login/code", "/console/login/code", ("code", wrong));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Sign-in failed", await answer.Content.ReadAsStringAsync());
        var queue = await browser.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.Equal("/console/login", queue.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Five_wrong_passwords_delay_the_account_so_even_the_right_password_from_a_new_browser_gets_the_same_refusal()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);

        for (var i = 0; i < 8; i++)
        {
            var answer = await browser.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", "guess-" + i));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("Sign-in failed", await answer.Content.ReadAsStringAsync());
        }
        var right = await browser.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", account.Password));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Sign-in failed", await right.Content.ReadAsStringAsync());
        Assert.Null(browser.Cookie("__Host-hotline"));
        await using var db = await server.OpenDbAsync();
        // Only the five attempts before the delay were evaluated; the delay after the fifth is one minute.
        var state = await db.QuerySingleAsync<(int Attempts, bool OneMinute)>(
            "SELECT failed_attempts, locked_until BETWEEN now() + interval '50 seconds' AND now() + interval '61 seconds' FROM staff_users WHERE id = @id",
            new { id = account.Id });
        Assert.Equal((5, true), state);
        Assert.Equal(9, await db.ExecuteScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'console.login.failure'"));
    }

    [Fact]
    public async Task Unknown_email_gets_the_same_answer_as_a_wrong_password()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);

        var unknown = await (await browser.SubmitAsync("/console/login", "/console/login", ("email", "nobody@example.org"), ("password", "x"))).Content.ReadAsStringAsync();
        var wrong = await (await browser.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", "x"))).Content.ReadAsStringAsync();

        Assert.Equal(Strip(wrong), Strip(unknown));
    }

    [Fact]
    public async Task Old_cookie_after_sign_out_is_refused()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);
        await account.SignInAsync(browser);
        var old = browser.Cookie("__Host-hotline")!;

        var signOut = await browser.SubmitAsync("/console", "/console/logout");
        Assert.Equal(HttpStatusCode.SeeOther, signOut.StatusCode);
        browser.SetCookie("__Host-hotline", old);

        var page = await browser.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/console/login", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/console/queue", fetch: true)).StatusCode);
    }

    [Fact]
    public async Task Session_ends_after_fifteen_idle_minutes_and_the_queue_refresh_does_not_keep_it_alive()
    {
        var time = new ManualTime(DateTimeOffset.UtcNow);
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(), time: time,
            settings: s => s["Hotline:Scheduler:Enabled"] = "false");
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org", now: time.GetUtcNow());
        using var browser = new ConsoleBrowser(server);
        await account.SignInAsync(browser, time.GetUtcNow());

        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/console/queue", fetch: true)).StatusCode);
        time.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/console/queue", fetch: true)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/console")).StatusCode);
    }

    [Fact]
    public async Task Session_ends_twelve_hours_after_sign_in_even_when_in_use()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);
        await account.SignInAsync(browser);
        await using var db = await server.OpenDbAsync();
        await db.ExecuteAsync("UPDATE staff_sessions SET created_at = now() - interval '11 hours 59 minutes' WHERE second_factor_at IS NOT NULL");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/console")).StatusCode);

        await db.ExecuteAsync("UPDATE staff_sessions SET created_at = now() - interval '12 hours 1 minute' WHERE second_factor_at IS NOT NULL");

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/console")).StatusCode);
    }

    [Fact]
    public async Task Completing_the_code_step_issues_a_new_session_token_with_the_same_cookie_attributes()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);
        await browser.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", account.Password));
        var halfway = browser.Cookie("__Host-hotline");

        await browser.SubmitAsync("/console/login/code", "/console/login/code", ("code", Totp.Code(account.TotpSecret, Totp.StepAt(DateTimeOffset.UtcNow))));

        var cookie = Assert.Single(browser.LastSetCookies, c => c.StartsWith("__Host-hotline=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("; secure", cookie);
        Assert.Contains("; httponly", cookie);
        Assert.Contains("; samesite=strict", cookie);
        Assert.NotEqual(halfway, browser.Cookie("__Host-hotline"));
        browser.SetCookie("__Host-hotline", halfway!);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/console")).StatusCode);
    }

    [Fact]
    public async Task Form_posted_without_the_anti_forgery_token_is_refused()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);
        await browser.PageAsync("/console/login");

        var answer = await browser.PostAsync("/console/login", ("email", account.Email), ("password", account.Password));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Null(browser.Cookie("__Host-hotline"));
    }

    // The token differs per request; everything else on the page must be identical.
    private static string Strip(string html) => System.Text.RegularExpressions.Regex.Replace(html, "value=\"[0-9A-F]+\"", "");
}
