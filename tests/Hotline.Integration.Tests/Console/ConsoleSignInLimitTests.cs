using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Hotline.Integration.Tests.Support;
using Hotline.Server.Cli;
using Hotline.Server.StaffConsole;
using Hotline.Storage.Identity;
using Hotline.Storage.Protection;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.StaffConsole;

/// <summary>What stops the sign-in form being used against the people it protects or against the service: a
/// per-source rate limit before any hashing, a global limit on hashing, attempts counted before they are evaluated,
/// and a delay that grows but never keeps the person out of their own browser.</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class ConsoleSignInLimitTests(PostgresFixture postgres)
{
    private const string Organisation = "Sample Organisation A";

    [Fact]
    public async Task Posts_beyond_the_per_source_limit_get_429_before_any_password_is_checked()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(),
            settings: s => s["Hotline:ConsoleSignIn:PostsPerMinute"] = "3");
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await browser.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", "guess-" + i))).StatusCode);
        var fourth = await browser.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", account.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Equal("60", fourth.Headers.RetryAfter?.ToString());
        Assert.Null(browser.Cookie("__Host-hotline"));
        Assert.Equal(3, await server.CountAsync("SELECT failed_attempts FROM staff_users WHERE id = @id", new { id = account.Id }));
        Assert.Equal(3, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'console.login.failure'"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/console/login")).StatusCode); // pages still open; only posts are limited
    }

    [Fact]
    public async Task When_every_hashing_slot_is_taken_a_sign_in_is_answered_429_without_hashing_or_counting()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(),
            settings: s => { s["Hotline:ConsoleSignIn:ConcurrentHashes"] = "1"; s["Hotline:ConsoleSignIn:HashQueue"] = "0"; });
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);
        var hashing = server.Services.GetRequiredService<PasswordHashing>();

        HttpResponseMessage busy;
        using (var held = await hashing.HoldAsync(CancellationToken.None))
        {
            Assert.True(held.IsAcquired);
            busy = await browser.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", account.Password));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, busy.StatusCode);
        Assert.Contains("Too many attempts at once", await busy.Content.ReadAsStringAsync());
        Assert.Null(browser.Cookie("__Host-hotline"));
        await account.SignInAsync(browser); // the slot is free again: the same password works
    }

    [Fact]
    public async Task The_delay_doubles_with_each_further_failure_up_to_fifteen_minutes_and_then_the_right_password_and_code_get_in()
    {
        var time = new ManualTime(DateTimeOffset.UtcNow);
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(), time: time,
            settings: s => { s["Hotline:Scheduler:Enabled"] = "false"; s["Hotline:ConsoleSignIn:PostsPerMinute"] = "1000"; });
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org", now: time.GetUtcNow());
        using var browser = new ConsoleBrowser(server);
        async Task<TimeSpan> WrongAsync()
        {
            await browser.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", "guess"));
            await using var db = await server.OpenDbAsync();
            var until = await db.ExecuteScalarAsync<DateTime?>("SELECT locked_until FROM staff_users WHERE id = @id", new { id = account.Id });
            return until is { } u ? new DateTimeOffset(DateTime.SpecifyKind(u, DateTimeKind.Utc)) - time.GetUtcNow() : TimeSpan.Zero;
        }

        for (var i = 0; i < 4; i++) Assert.Equal(TimeSpan.Zero, await WrongAsync());
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 6; i++)
        {
            delays.Add(await WrongAsync());
            time.Advance(delays[^1] + TimeSpan.FromSeconds(1)); // wait the delay out, then try again
        }

        Assert.Equal(new[] { 60.0, 120, 240, 480, 900, 900 }, delays.Select(d => Math.Round(d.TotalSeconds)));
        await account.SignInAsync(browser, time.GetUtcNow());
        Assert.Equal(0, await server.CountAsync("SELECT failed_attempts FROM staff_users WHERE id = @id", new { id = account.Id }));
    }

    [Fact]
    public async Task Someone_who_only_knows_the_email_cannot_keep_the_person_out_of_a_browser_they_signed_in_on_before()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(),
            settings: s => s["Hotline:ConsoleSignIn:PostsPerMinute"] = "1000");
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var own = new ConsoleBrowser(server);
        await account.SignInAsync(own);
        Assert.NotNull(own.Cookie(ConsoleSession.DeviceCookie));
        await own.SubmitAsync("/console", "/console/logout");

        using var attacker = new ConsoleBrowser(server);
        for (var i = 0; i < 10; i++)
            await attacker.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", "guess-" + i));
        Assert.True(await server.CountAsync("SELECT count(*) FROM staff_users WHERE id = @id AND locked_until > now()", new { id = account.Id }) == 1);
        var stillOut = await attacker.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", account.Password));
        Assert.Contains("Sign-in failed", await stillOut.Content.ReadAsStringAsync()); // a new browser waits out the delay

        // The person's own browser: password and a fresh code (the last step was used at the first sign-in).
        var next = DateTimeOffset.UtcNow.AddSeconds(Totp.StepSeconds);
        var afterPassword = await own.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", account.Password));
        Assert.Equal("/console/login/code", afterPassword.Headers.Location?.OriginalString);
        var afterCode = await own.SubmitAsync("/console/login/code", "/console/login/code", ("code", account.CodeAt(next)));
        Assert.Equal("/console", afterCode.Headers.Location?.OriginalString);
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM staff_users WHERE id = @id AND locked_until IS NOT NULL", new { id = account.Id }));
    }

    [Fact]
    public async Task The_operator_lifts_a_sign_in_delay_with_staff_unlock_and_it_is_audited()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(),
            settings: s => s["Hotline:ConsoleSignIn:PostsPerMinute"] = "1000");
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);
        for (var i = 0; i < 5; i++)
            await browser.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", "guess-" + i));

        var output = new StringWriter();
        var exit = await StaffCommand.RunAsync(["unlock", "--email", account.Email], server.ConnectionString,
            server.Services.GetRequiredService<FieldProtector>(), output, new StringWriter(), TimeProvider.System);

        Assert.Equal(0, exit);
        Assert.Contains("Lifted the sign-in delay of dara@example.org", output.ToString());
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'staff_user.unlock' AND actor = 'cli'"));
        await account.SignInAsync(browser);
    }

    [Fact]
    public async Task An_admin_lifts_a_colleagues_sign_in_delay_in_the_console_and_nobody_else_can()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(),
            settings: s => s["Hotline:ConsoleSignIn:PostsPerMinute"] = "1000");
        var colleague = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        var admin = await StaffAccount.CreateAsync(server, Organisation, "sokha@example.org", StaffRoles.Admin);
        var otherAdmin = await StaffAccount.CreateAsync(server, "Sample Organisation B", "bopha@example.org", StaffRoles.Admin);
        using var attacker = new ConsoleBrowser(server);
        for (var i = 0; i < 5; i++)
            await attacker.SubmitAsync("/console/login", "/console/login", ("email", colleague.Email), ("password", "guess-" + i));
        var action = $"/console/staff/{colleague.Id}/unlock";

        using var outsider = new ConsoleBrowser(server);
        await otherAdmin.SignInAsync(outsider);
        Assert.DoesNotContain("Staff dara", await outsider.PageAsync("/console/staff"));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.SubmitAsync("/console/staff", action)).StatusCode);
        using var self = new ConsoleBrowser(server);
        await using (var db = await server.OpenDbAsync()) // the colleague, signed in elsewhere, is not an admin
            await db.ExecuteAsync("UPDATE staff_users SET locked_until = NULL WHERE id = @id", new { id = colleague.Id });
        await colleague.SignInAsync(self);
        Assert.Equal(HttpStatusCode.Forbidden, (await self.GetAsync("/console/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await self.SubmitAsync("/console", action)).StatusCode);
        for (var i = 0; i < 5; i++)
            await attacker.SubmitAsync("/console/login", "/console/login", ("email", colleague.Email), ("password", "guess-" + i));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM staff_users WHERE id = @id AND locked_until > now()", new { id = colleague.Id }));

        using var browser = new ConsoleBrowser(server);
        await admin.SignInAsync(browser);
        var page = await browser.PageAsync("/console/staff");
        Assert.Contains("Sign-in delayed until", page);
        var lifted = await browser.SubmitAsync("/console/staff", action);

        Assert.Equal(HttpStatusCode.SeeOther, lifted.StatusCode);
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM staff_users WHERE id = @id AND locked_until IS NOT NULL", new { id = colleague.Id }));
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'staff_user.unlock' AND actor = @actor AND target = @target",
            new { actor = "staff:" + admin.Id, target = "staff_user:" + colleague.Id }));
        Assert.DoesNotContain("Sign-in delayed until", await browser.PageAsync("/console/staff"));
    }

    [Fact]
    public async Task Thirty_codes_posted_at_once_are_evaluated_at_most_five_times()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(),
            settings: s => s["Hotline:ConsoleSignIn:PostsPerMinute"] = "1000");
        var account = await StaffAccount.CreateAsync(server, Organisation, "dara@example.org");
        using var browser = new ConsoleBrowser(server);
        await browser.SubmitAsync("/console/login", "/console/login", ("email", account.Email), ("password", account.Password));
        var token = CsrfToken().Match(await browser.PageAsync("/console/login/code")).Groups[1].Value;
        var cookies = $"__Host-hotline={browser.Cookie("__Host-hotline")}; __Host-hotline-login={browser.Cookie("__Host-hotline-login")}";
        var wrong = Totp.Code(account.TotpSecret, Totp.StepAt(DateTimeOffset.UtcNow) + 10);
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server.Http.BaseAddress };
        var start = new TaskCompletionSource();

        var posts = Enumerable.Range(0, 30).Select(async _ =>
        {
            await start.Task;
            var request = new HttpRequestMessage(HttpMethod.Post, "/console/login/code")
            {
                Content = new FormUrlEncodedContent([new("code", wrong), new("csrf", token)]),
            };
            request.Headers.Add("Cookie", cookies);
            return (await http.SendAsync(request)).StatusCode;
        }).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(posts);

        Assert.All(answers, a => Assert.True(a is HttpStatusCode.OK or HttpStatusCode.Redirect, a.ToString()));
        var evaluated = server.Logs.Lines.Count(l => l.Contains("Console sign-in failed (code)", StringComparison.Ordinal));
        Assert.Equal(5, evaluated);
        Assert.Equal(5, await server.CountAsync("SELECT failed_attempts FROM staff_users WHERE id = @id", new { id = account.Id }));
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM staff_sessions WHERE second_factor_at IS NOT NULL"));
    }

    [GeneratedRegex("name=\"csrf\" value=\"([0-9A-F]+)\"")]
    private static partial Regex CsrfToken();
}
