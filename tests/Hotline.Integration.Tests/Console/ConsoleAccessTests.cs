using System.Net;
using Hotline.Integration.Tests.Support;
using Hotline.Server.Cli;
using Hotline.Storage.Identity;
using Hotline.Storage.Protection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.StaffConsole;

[Collection(PostgresCollection.Name)]
public sealed class ConsoleAccessTests(PostgresFixture postgres)
{
    private static readonly string[] OpenToAll = ["/console/login", "/console/login/code", "/console/assets/{name}"];

    [Fact]
    public async Task Every_console_route_except_sign_in_and_the_static_files_refuses_a_request_without_a_session()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var routes = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/console", StringComparison.Ordinal) == true && !OpenToAll.Contains(e.RoutePattern.RawText))
            .ToList();
        Assert.True(routes.Count >= 6, $"found {routes.Count} signed-in console routes");
        using var browser = new ConsoleBrowser(server);

        foreach (var route in routes)
        {
            var path = route.RoutePattern.RawText!.Replace("{code}", "K7Q4").Replace("{id:long}", "1").Replace("{name}", "sla_medians");
            var methods = route.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                var response = method == "POST" ? await browser.PostAsync(path, ("csrf", "00")) : await browser.GetAsync(path);
                Assert.True(response.StatusCode is HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/console/login",
                    $"{method} {path} answered {(int)response.StatusCode} without a session");
            }
        }
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_session()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var account = await StaffAccount.CreateAsync(server, "Sample Organisation A", "dara@example.org");
        using var browser = new ConsoleBrowser(server);
        await account.SignInAsync(browser);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/console")).StatusCode);

        // As the CLI does it: the owner's connection (the service's worker role may not change disabled_at, migration 0014).
        var cli = new StaffUserStore(server.OwnerDataSource, server.Services.GetRequiredService<FieldProtector>());
        Assert.True(await cli.DisableAsync(account.Email, DateTimeOffset.UtcNow, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/console")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/console/queue", fetch: true)).StatusCode);
    }

    [Fact]
    public async Task Create_admin_prints_a_one_time_password_and_an_otpauth_uri_that_sign_in()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        Assert.Equal(0, await server.CountAsync("SELECT count(*) FROM staff_users")); // no default accounts
        var output = new StringWriter();

        var exit = await StaffCommand.RunAsync(["create-admin", "--organisation", "Sample NGO", "--email", "Dara@Example.org"],
            server.ConnectionString, server.Services.GetRequiredService<FieldProtector>(), output, new StringWriter(), TimeProvider.System);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n').Select(l => l.Trim()).ToList();
        var password = lines[lines.FindIndex(l => l.StartsWith("One-time password", StringComparison.Ordinal)) + 2];
        var uri = Assert.Single(lines, l => l.StartsWith("otpauth://totp/Hotline:dara%40example.org?secret=", StringComparison.Ordinal));
        var secret = Base32.Decode(uri[(uri.IndexOf("secret=", StringComparison.Ordinal) + 7)..uri.IndexOf('&')]);
        Assert.Equal(20, password.Length);
        using var browser = new ConsoleBrowser(server);
        await browser.SignInAsync("dara@example.org", password, secret, DateTimeOffset.UtcNow);
        Assert.Equal(1, await server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'staff_user.create' AND actor = 'cli'"));

        var again = await StaffCommand.RunAsync(["create-admin", "--organisation", "Sample NGO", "--email", "dara@example.org"],
            server.ConnectionString, server.Services.GetRequiredService<FieldProtector>(), new StringWriter(), new StringWriter(), TimeProvider.System);
        Assert.Equal(1, again);
    }
}
