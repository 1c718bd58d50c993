using System.Net;
using Dapper;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Identity;

namespace Hotline.Integration.Tests.StaffConsole;

/// <summary>Staff change their own password in the console: the current one, the new one twice.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PasswordChangeTests(PostgresFixture postgres)
{
    private const string Organisation = "Sample Organisation A";
    private const string NewPassword = "river lantern copper mango";

    [Fact]
    public async Task Staff_change_their_password_with_the_current_one_and_their_other_sessions_end()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var laptop = new ConsoleBrowser(server);
        using var phone = new ConsoleBrowser(server);
        await account.SignInAsync(laptop);
        await phone.SignInAsync(account.Email, account.Password, account.TotpSecret, DateTimeOffset.UtcNow.AddSeconds(Totp.StepSeconds));
        Assert.Contains("href=\"/console/password\"", await laptop.PageAsync("/console"));

        var changed = await laptop.SubmitAsync("/console/password", "/console/password",
            ("current", account.Password), ("new", NewPassword), ("repeat", NewPassword));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Your password was changed", await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/console")).StatusCode);          // this session goes on
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/console")).StatusCode);     // the other one has ended
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'staff_user.password_change' AND target = @t",
            new { t = "staff_user:" + account.Id }));
        using var fresh = new ConsoleBrowser(server);
        var old = await fresh.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", account.Password));
        Assert.Contains("Sign-in failed", await old.Content.ReadAsStringAsync());
        await using (var db = await server.OpenDbAsync()) // both code steps in reach were used by the two sign-ins above
            await db.ExecuteAsync("UPDATE staff_users SET totp_last_step = 0");
        await fresh.SignInAsync(account.Email, NewPassword, account.TotpSecret, DateTimeOffset.UtcNow);
    }

    [Theory]
    [InlineData("short pass", "short pass", "at least 12 characters")]
    [InlineData("river lantern copper mango", "river lantern copper mangO", "are not the same")]
    [InlineData("password1234", "password1234", "too easy to guess")]
    [InlineData("Hotline2026!!", "Hotline2026!!", "too easy to guess")]
    [InlineData("aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa", "too easy to guess")]
    public async Task A_new_password_that_is_short_repeated_differently_or_common_is_refused_and_nothing_changes(string next, string repeat, string reason)
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);
        await account.SignInAsync(browser);
        await using var db = await server.OpenDbAsync();
        var before = await db.ExecuteScalarAsync<byte[]>("SELECT password_hash FROM staff_users WHERE id = @id", new { id = account.Id });

        var refused = await browser.SubmitAsync("/console/password", "/console/password", ("current", account.Password), ("new", next), ("repeat", repeat));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(reason, await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await db.ExecuteScalarAsync<byte[]>("SELECT password_hash FROM staff_users WHERE id = @id", new { id = account.Id }));
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'staff_user.password_change'"));
    }

    [Fact]
    public async Task A_wrong_current_password_or_the_same_password_again_is_refused_and_a_wrong_one_counts_as_a_failed_attempt()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);
        await account.SignInAsync(browser);

        var wrong = await browser.SubmitAsync("/console/password", "/console/password", ("current", "not the password"), ("new", NewPassword), ("repeat", NewPassword));
        var same = await browser.SubmitAsync("/console/password", "/console/password", ("current", account.Password), ("new", account.Password), ("repeat", account.Password));

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("The current password is not right", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        Assert.Contains("same as the current one", await same.Content.ReadAsStringAsync());
        Assert.Equal(1, await server.CountAsync("SELECT failed_attempts FROM staff_users WHERE id = @id", new { id = account.Id }));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'staff_user.password_change_failure'"));
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'staff_user.password_change'"));
    }

    [Fact]
    public async Task The_password_form_is_only_for_a_signed_in_person()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        using var browser = new ConsoleBrowser(server);

        var page = await browser.GetAsync("/console/password");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/console/login", page.Headers.Location?.OriginalString);
    }
}
