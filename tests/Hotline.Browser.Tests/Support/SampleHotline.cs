using Dapper;

namespace Hotline.Browser.Tests.Support;

/// <summary>
/// The service as a responder meets it: the real server and dialog content on 127.0.0.1 with a fresh database and
/// the fake provider, one sample organisation with a primary and a backup on shift now, and a responder's console
/// account linked to the primary, made the way <c>staff create</c> makes one.
/// </summary>
public sealed class SampleHotline : IAsyncDisposable
{
    public const string Organisation = "Sample Organisation A";

    private SampleHotline(HotlineTestServer server, CaseSeed seed, StaffAccount responder)
    {
        Server = server;
        Seed = seed;
        Responder = responder;
    }

    public HotlineTestServer Server { get; }
    public CaseSeed Seed { get; }
    public StaffAccount Responder { get; }

    public static async Task<SampleHotline> StartAsync(PostgresFixture postgres)
    {
        var server = await HotlineTestServer.StartAsync(postgres);
        var seed = await CaseSeed.CreateAsync(server, DateTimeOffset.UtcNow, name: Organisation);
        var responder = await StaffAccount.CreateAsync(server, Organisation, "sample.responder@example.org", responderId: seed.Primary);
        return new SampleHotline(server, seed, responder);
    }

    /// <summary>Sends an SMS as the provider would post it, and waits until its case is open and routed to the
    /// organisation; returns the case code.</summary>
    public async Task<string> UrgentCaseAsync(string from, string body)
    {
        var sid = HotlineTestServer.NewSid();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Server.SendSmsAsync(from, body, sid)).StatusCode);
        string? code = null;
        await HotlineTestServer.EventuallyAsync(async () =>
        {
            await using var db = await Server.OpenDbAsync();
            code = await db.ExecuteScalarAsync<string?>(
                "SELECT c.code FROM cases c JOIN messages m ON m.contact_id = c.contact_id WHERE m.provider_sid = @sid AND c.organisation_id = @org AND c.status <> 'closed'",
                new { sid, org = Seed.OrganisationId });
            return code is not null;
        }, "the urgent case is open and routed to the organisation");
        return code!;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
