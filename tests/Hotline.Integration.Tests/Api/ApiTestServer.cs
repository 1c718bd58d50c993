using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Hotline.Domain.Conversations;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Admin;
using Hotline.Storage.Conversations;
using Hotline.Storage.Protection;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.Api;

/// <summary>The real server (scripted dialog engine, so these tests do not depend on content) plus helpers to create
/// organisations with API keys and to seed cases the way the case pipeline stores them.</summary>
public sealed class ApiTestServer : IAsyncDisposable
{
    private ApiTestServer(HotlineTestServer server) => Server = server;

    public HotlineTestServer Server { get; }

    public static async Task<ApiTestServer> StartAsync(PostgresFixture postgres, TimeProvider? time = null) =>
        new(await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine(), time: time));

    /// <summary>A client holding a new key of a new (or existing) organisation.</summary>
    public async Task<OrganisationClient> OrganisationAsync(string name)
    {
        var created = await new ApiKeyStore(Server.OwnerDataSource).CreateAsync(name, "test", DateTimeOffset.UtcNow, CancellationToken.None);
        return new OrganisationClient(created.OrganisationId, created.Id, created.Key, Client(created.Key));
    }

    /// <summary>A client that sends no key at all.</summary>
    public HttpClient Anonymous() => new() { BaseAddress = Server.Http.BaseAddress };

    public HttpClient Client(string key)
    {
        var http = new HttpClient { BaseAddress = Server.Http.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    /// <summary>Stores a case for an organisation as the case pipeline would: the person is a contact with an encrypted number.</summary>
    public async Task SeedCaseAsync(long organisationId, string code, string phone, string kind = "urgent", string status = "open",
        DateTimeOffset? openedAt = null, TimeSpan? paged = null, TimeSpan? acked = null)
    {
        var protector = Server.Services.GetRequiredService<FieldProtector>();
        var key = ChannelNames.LookupKey(Channel.Sms, phone);
        var opened = openedAt ?? DateTimeOffset.UtcNow.AddMinutes(-30);
        await using var db = await Server.OpenDbAsync();
        var contactId = await db.ExecuteScalarAsync<long>("""
            INSERT INTO contacts (channel, address_hash, address_enc, created_at) VALUES ('sms', @hash, @enc, now())
            ON CONFLICT (address_hash) DO UPDATE SET channel = contacts.channel RETURNING id
            """, new { hash = protector.LookupHash(key), enc = protector.Encrypt(key, Purposes.ContactAddress) });
        await db.ExecuteAsync("""
            INSERT INTO cases (code, organisation_id, contact_id, kind, need, province, reason, status, opened_at, first_paged_at, acked_at)
            VALUES (@code, @organisationId, @contactId, @kind, 'wage_claim', 'KH-12', 'locked_in', @status, @opened, @paged, @acked)
            """, new
        {
            code, organisationId, contactId, kind, status,
            opened = opened.UtcDateTime,
            paged = paged is { } p ? opened.Add(p).UtcDateTime : (DateTime?)null,
            acked = acked is { } a ? opened.Add(a).UtcDateTime : (DateTime?)null,
        });
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}

/// <summary>One organisation's view of the API.</summary>
public sealed record OrganisationClient(long OrganisationId, long KeyId, string Key, HttpClient Http)
{
    public async Task<JsonElement> CreateResponderAsync(string name, string phone, string role = "responder", string? pin = null)
    {
        var response = await Http.PostAsJsonAsync("/api/responders", new { name, phone, role, pin, languages = new[] { "km", "en" } });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> CreateShiftAsync(long responderId, string role, string startsAt, string endsAt)
    {
        var response = await Http.PostAsJsonAsync("/api/shifts", new { responder_id = responderId, role, starts_at = startsAt, ends_at = endsAt });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

/// <summary>A clock the test sets.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

public static class ProblemAssert
{
    /// <summary>Asserts a 400 validation problem that names <paramref name="field"/>.</summary>
    public static async Task NamesFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.TryGetProperty("errors", out var errors), "a validation problem with errors");
        Assert.True(errors.TryGetProperty(field, out _), $"the problem names '{field}': {body}");
    }
}
