using Dapper;
using Hotline.Domain.Conversations;
using Hotline.Testing.Server;
using Hotline.Storage.Admin;
using Hotline.Storage.Conversations;
using Hotline.Storage.Protection;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Testing.Seeds;

/// <summary>An organisation with a primary, a backup and a coordinator on a shift covering the test clock.</summary>
public sealed record CaseSeed(long OrganisationId, long Primary, long Backup, long Coordinator)
{
    public const string PrimaryPhone = "+85511000001";
    public const string BackupPhone = "+85511000002";
    public const string CoordinatorPhone = "+85511000003";
    public const string Pin = "4321";

    public static async Task<CaseSeed> CreateAsync(HotlineTestServer server, DateTimeOffset now, int ackTimeoutSeconds = 300, string name = "Sample Organisation A")
    {
        var protector = server.Services.GetRequiredService<FieldProtector>();
        await using var db = await server.OpenDbAsync();
        var org = await db.ExecuteScalarAsync<long>(
            "INSERT INTO organisations (name, needs, provinces, ack_timeout_seconds, repeat_limit, created_at) VALUES (@name, '{wage_claim,legal_aid}', '{all}', @t, 2, now()) RETURNING id",
            new { name, t = ackTimeoutSeconds });
        async Task<long> Responder(string phone, string role)
        {
            var key = ChannelNames.LookupKey(Channel.Sms, phone);
            var contact = await db.ExecuteScalarAsync<long>(
                "INSERT INTO contacts (channel, address_hash, address_enc, created_at) VALUES ('sms', @h, @e, now()) RETURNING id",
                new { h = protector.LookupHash(key), e = protector.Encrypt(key, Purposes.ContactAddress) });
            return await db.ExecuteScalarAsync<long>(
                """
                INSERT INTO responders (organisation_id, contact_id, name, role, languages, provinces, services, pin_hash, created_at)
                VALUES (@org, @contact, @role, @role, '{en}', '{all}', '{wage_claim,legal_aid}', @pin, now()) RETURNING id
                """, new { org, contact, role, pin = ResponderPin.Hash(Pin) });
        }
        var primary = await Responder(PrimaryPhone, "responder");
        var backup = await Responder(BackupPhone, "responder");
        var coordinator = await Responder(CoordinatorPhone, "coordinator");
        foreach (var (id, role) in new[] { (primary, "primary"), (backup, "backup") })
            await db.ExecuteAsync("INSERT INTO shifts (organisation_id, responder_id, role, starts_at, ends_at) VALUES (@org, @id, @role, @s, @e)",
                new { org, id, role, s = now.UtcDateTime.AddHours(-1), e = now.UtcDateTime.AddHours(11) });
        return new CaseSeed(org, primary, backup, coordinator);
    }
}
