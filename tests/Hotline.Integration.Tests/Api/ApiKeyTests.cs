using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Hotline.Integration.Tests.Support;
using Hotline.Server.Api;
using Hotline.Server.Cli;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.Api;

[Collection(PostgresCollection.Name)]
public sealed class ApiKeyTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_request_without_a_key_is_refused_with_401_and_a_json_reason()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var response = await api.Anonymous().GetAsync("/api/responders");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("API key is required", body.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_unknown_key_is_refused_and_audited_without_the_key_appearing_in_logs_or_the_database()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        const string wrong = "hk_this-is-not-a-key-anyone-was-given-0123456789";
        var response = await api.Client(wrong).GetAsync("/api/organisation");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not recognised", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());

        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM audit_log WHERE action = 'api_key.rejected' AND target = 'unknown_key'"));
        Assert.DoesNotContain(api.Server.Logs.Lines, line => line.Contains(wrong));
        await using var db = await api.Server.OpenDbAsync();
        var audit = string.Join("|", await db.QueryAsync<string>("SELECT concat_ws(',', actor, action, target) FROM audit_log"));
        Assert.DoesNotContain(wrong, audit);
    }

    [Fact]
    public async Task A_key_revoked_with_the_cli_stops_working_at_once()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Legal Support for Children and Women");
        Assert.Equal(HttpStatusCode.OK, (await org.Http.GetAsync("/api/organisation")).StatusCode);

        var output = new StringWriter();
        var exit = await ApiKeyCommand.RunAsync(["revoke", "--id", org.KeyId.ToString()], api.Server.ConnectionString, output, new StringWriter(), TimeProvider.System);
        Assert.Equal(0, exit);

        var response = await org.Http.GetAsync("/api/organisation");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("revoked", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        Assert.Equal(1, await api.Server.CountAsync(
            "SELECT count(*) FROM audit_log WHERE action = 'api_key.rejected' AND target = 'revoked_key' AND actor = @actor",
            new { actor = "api_key:" + org.KeyId }));
    }

    [Fact]
    public async Task The_key_is_also_accepted_in_the_x_api_key_header()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var org = await api.OrganisationAsync("Banteay Srei");
        var http = api.Anonymous();
        http.DefaultRequestHeaders.Add("X-Api-Key", org.Key);
        var body = await http.GetFromJsonAsync<JsonElement>("/api/organisation");
        Assert.Equal("Banteay Srei", body.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Creating_the_first_key_with_the_cli_creates_the_organisation_and_shows_the_key_once_storing_only_its_hash()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var output = new StringWriter();
        var exit = await ApiKeyCommand.RunAsync(["create", "--organisation", "Mith Samlanh", "--name", "integration"],
            api.Server.ConnectionString, output, new StringWriter(), TimeProvider.System);
        Assert.Equal(0, exit);
        var key = output.ToString().Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("hk_"));
        Assert.Equal(3 + 43, key.Length); // hk_ + 32 bytes in unpadded base64url

        await using var db = await api.Server.OpenDbAsync();
        var stored = await db.QuerySingleAsync<byte[]>("SELECT key_hash FROM api_keys");
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)), stored);
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM organisations WHERE name = 'Mith Samlanh'"));

        var body = await api.Client(key).GetFromJsonAsync<JsonElement>("/api/organisation");
        Assert.Equal("Mith Samlanh", body.GetProperty("name").GetString());

        // A second key for the same organisation does not create a second organisation.
        Assert.Equal(0, await ApiKeyCommand.RunAsync(["create", "--organisation", "Mith Samlanh"], api.Server.ConnectionString, new StringWriter(), new StringWriter(), TimeProvider.System));
        Assert.Equal(1, await api.Server.CountAsync("SELECT count(*) FROM organisations"));
        Assert.Equal(2, await api.Server.CountAsync("SELECT count(*) FROM api_keys"));
    }

    [Fact]
    public async Task Every_api_endpoint_requires_an_api_key()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var endpoints = api.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api", StringComparison.OrdinalIgnoreCase) == true)
            .ToList();
        Assert.True(endpoints.Count >= 12, $"found {endpoints.Count} /api endpoints");

        var anonymous = api.Anonymous();
        foreach (var endpoint in endpoints)
        {
            var name = endpoint.DisplayName ?? endpoint.RoutePattern.RawText;
            Assert.Empty(endpoint.Metadata.GetOrderedMetadata<IAllowAnonymous>());
            Assert.Contains(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == ApiKeyAuthenticationHandler.Policy);

            // And in practice: each one answers 401 to a request without a key.
            var path = endpoint.RoutePattern.RawText!.Replace("{id:long}", "1").Replace("{code}", "K7Q4");
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PATCH") request.Content = JsonContent.Create(new { });
                var response = await anonymous.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} ({name}) answered {response.StatusCode} without a key");
            }
        }
    }
}
