using System.Net;
using Dapper;
using Hotline.Domain.Conversations;
using Hotline.Integration.Tests.Api;
using Hotline.Integration.Tests.StaffConsole;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Conversations;
using Hotline.Storage.Identity;
using Hotline.Storage.Protection;
using Hotline.Storage.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hotline.Integration.Tests.Security;

/// <summary>A case's transcript is the organisation's own time with the person: one organisation never reads what the
/// person wrote to or was told by another, on the case page, through the API, or in SQL as hotline_tenant.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TranscriptScopeTests(PostgresFixture postgres)
{
    private const string Person = "+85512666777";
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task Organisation_As_case_page_api_and_tenant_sql_never_show_the_persons_messages_from_their_case_with_B()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var a = await api.OrganisationAsync("Organisation A");
        var b = await api.OrganisationAsync("Organisation B");
        await api.SeedCaseAsync(b.OrganisationId, "BBB1", Person, kind: "help", status: "closed", openedAt: Now.AddHours(-3));
        await api.SeedCaseAsync(a.OrganisationId, "AAA1", Person, kind: "help", openedAt: Now.AddHours(-1));
        await using (var owner = await api.Server.OpenDbAsync())
            await owner.ExecuteAsync("UPDATE cases SET closed_at = @at, outcome = 'resolved' WHERE code = 'BBB1'", new { at = Now.AddHours(-2).UtcDateTime });
        await MessageAsync(api.Server, "in", "B: my employer took my passport", Now.AddHours(-2.5));
        await MessageAsync(api.Server, "out", "B: we can help you with that", Now.AddHours(-2.4));
        await MessageAsync(api.Server, "in", "Before A: I need help again", Now.AddMinutes(-65)); // the conversation that opened A's case
        await MessageAsync(api.Server, "in", "A: I am in Bangkok now", Now.AddMinutes(-30));
        var staff = await StaffAccount.CreateAsync(api.Server, "Organisation A", "dara@example.org", StaffRoles.Coordinator);
        using var browser = new ConsoleBrowser(api.Server);
        await staff.SignInAsync(browser);

        var page = WebUtility.HtmlDecode(await browser.PageAsync("/console/cases/AAA1"));

        Assert.Contains("A: I am in Bangkok now", page);
        Assert.Contains("Before A: I need help again", page);
        Assert.DoesNotContain("passport", page);
        Assert.DoesNotContain("B: we can help", page);
        var fromApi = await a.Http.GetStringAsync("/api/cases/AAA1");
        Assert.DoesNotContain("passport", fromApi);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Http.GetAsync("/api/cases/BBB1")).StatusCode);

        // No WHERE on purpose: PostgreSQL alone holds the line, for each organisation in turn.
        Assert.Equal(new[] { "Before A: I need help again", "A: I am in Bangkok now" }, await BodiesAsTenantAsync(api.Server, a.OrganisationId));
        Assert.Equal(new[] { "B: my employer took my passport", "B: we can help you with that" }, await BodiesAsTenantAsync(api.Server, b.OrganisationId));
        await using var tenant = await OpenAsTenantAsync(api.Server);
        await using var tx = await tenant.BeginTransactionAsync();
        await tenant.ExecuteAsync("SELECT set_config('hotline.organisation_id', @org, true)", new { org = a.OrganisationId.ToString() }, tx);
        Assert.Equal(0, await tenant.ExecuteScalarAsync<long>("SELECT count(*) FROM messages WHERE created_at < @at", new { at = Now.AddHours(-2).UtcDateTime }, tx));
    }

    [Fact]
    public async Task After_a_referral_the_receiver_sees_from_the_hand_over_on_and_the_sender_only_up_to_it()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var a = await api.OrganisationAsync("Organisation A");
        var b = await api.OrganisationAsync("Organisation B");
        await api.SeedCaseAsync(a.OrganisationId, "AAA1", Person, kind: "help", openedAt: Now.AddHours(-2));
        var sender = await StaffAccount.CreateAsync(api.Server, "Organisation A", "dara@example.org", StaffRoles.Coordinator);
        var receiver = await StaffAccount.CreateAsync(api.Server, "Organisation B", "sokha@example.org", StaffRoles.Coordinator);
        await MessageAsync(api.Server, "in", "To A: I was told to pay a fee", Now.AddMinutes(-90));
        await using (var owner = await api.Server.OpenDbAsync())
            await owner.ExecuteAsync("""
                UPDATE cases SET organisation_id = @to WHERE code = 'AAA1';
                INSERT INTO case_referrals (case_id, from_organisation_id, to_organisation_id, staff_user_id, referred_at)
                SELECT id, @from, @to, @staff, @at FROM cases WHERE code = 'AAA1';
                """, new { from = a.OrganisationId, to = b.OrganisationId, staff = sender.Id, at = Now.AddHours(-1).UtcDateTime });
        await MessageAsync(api.Server, "in", "To B: thank you for calling", Now.AddMinutes(-20));
        using var browser = new ConsoleBrowser(api.Server);
        await receiver.SignInAsync(browser);

        var page = WebUtility.HtmlDecode(await browser.PageAsync("/console/cases/AAA1"));

        Assert.Contains("To B: thank you for calling", page);
        Assert.DoesNotContain("pay a fee", page);
        Assert.Equal(new[] { "To B: thank you for calling" }, await BodiesAsTenantAsync(api.Server, b.OrganisationId));
        Assert.Equal(new[] { "To A: I was told to pay a fee" }, await BodiesAsTenantAsync(api.Server, a.OrganisationId));
    }

    [Fact]
    public async Task A_reply_from_the_receiving_organisation_still_goes_out_from_the_number_the_person_last_wrote_to()
    {
        await using var api = await ApiTestServer.StartAsync(postgres);
        var a = await api.OrganisationAsync("Organisation A");
        var b = await api.OrganisationAsync("Organisation B");
        await api.SeedCaseAsync(a.OrganisationId, "AAA1", Person, kind: "help", openedAt: Now.AddMinutes(-50));
        var sender = await StaffAccount.CreateAsync(api.Server, "Organisation A", "dara@example.org", StaffRoles.Coordinator);
        await MessageAsync(api.Server, "in", "To A: please call me", Now.AddMinutes(-40), ourAddress: "+85523900777");
        await using var owner = await api.Server.OpenDbAsync();
        await owner.ExecuteAsync("""
            UPDATE cases SET organisation_id = @to WHERE code = 'AAA1';
            INSERT INTO case_referrals (case_id, from_organisation_id, to_organisation_id, staff_user_id, referred_at)
            SELECT id, @from, @to, @staff, @at FROM cases WHERE code = 'AAA1';
            """, new { from = a.OrganisationId, to = b.OrganisationId, staff = sender.Id, at = Now.AddMinutes(-30).UtcDateTime });
        var tenants = api.Server.Services.GetRequiredService<TenantDatabase>();
        await using var tenant = await tenants.BeginAsync(b.OrganisationId, CancellationToken.None);

        var last = await tenant.Connection.QuerySingleAsync<(DateTime At, string OurAddress)>(
            "SELECT i.at, i.our_address FROM cases k, contact_last_inbound(k.contact_id) i WHERE k.code = 'AAA1'", transaction: tenant.Transaction);

        Assert.Equal("+85523900777", last.OurAddress);                       // the hotline's number, not the person's words
        Assert.Equal(0, await tenant.Connection.ExecuteScalarAsync<long>("SELECT count(*) FROM messages", transaction: tenant.Transaction));
    }

    private static async Task MessageAsync(HotlineTestServer server, string direction, string body, DateTimeOffset at, string ourAddress = HotlineTestServer.OurNumber)
    {
        var protector = server.Services.GetRequiredService<FieldProtector>();
        await using var db = await server.OpenDbAsync();
        await db.ExecuteAsync("""
            INSERT INTO messages (contact_id, direction, kind, our_address, body_enc, encoding, segments, status, created_at, updated_at)
            SELECT id, @direction, @kind, @ourAddress, @body, 'gsm7', 1, @status, @at, @at FROM contacts WHERE address_hash = @hash
            """, new
        {
            direction, kind = direction == "in" ? "message" : "relay", ourAddress, body = protector.Encrypt(body, Purposes.MessageBody),
            status = direction == "in" ? "received" : "delivered", at = at.UtcDateTime,
            hash = protector.LookupHash(ChannelNames.LookupKey(Channel.Sms, Person)),
        });
    }

    private static async Task<IReadOnlyList<string>> BodiesAsTenantAsync(HotlineTestServer server, long organisationId)
    {
        var protector = server.Services.GetRequiredService<FieldProtector>();
        await using var tenant = await OpenAsTenantAsync(server);
        await using var tx = await tenant.BeginTransactionAsync();
        await tenant.ExecuteAsync("SELECT set_config('hotline.organisation_id', @org, true)", new { org = organisationId.ToString() }, tx);
        var bodies = await tenant.QueryAsync<byte[]>("SELECT body_enc FROM messages ORDER BY created_at", transaction: tx);
        return bodies.Select(b => protector.Decrypt(b, Purposes.MessageBody)).ToList();
    }

    private static async Task<NpgsqlConnection> OpenAsTenantAsync(HotlineTestServer server)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Username = RuntimeRoles.Tenant, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
