using Hotline.Domain.Conversations;
using Hotline.Storage.Conversations;
using Hotline.Storage.Protection;
using Hotline.Storage.Tenancy;
using Npgsql;

namespace Hotline.Storage.Admin;

/// <summary>A responder as the API shows it: the phone only masked, the PIN only as "has one".</summary>
public sealed record ResponderRecord(long Id, string Name, string PhoneMasked, string Role, string? Team, string[] Languages,
    string[] Provinces, string[] Services, bool HasPin, bool OnDuty, bool RelayBySms, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt);

/// <summary>Fields to set. On update, null leaves a field as it is; an empty team clears it. Phone is E.164, PinHash
/// is already hashed (<see cref="ResponderPin"/>).</summary>
public sealed record ResponderFields(string? Name, string? Phone, string? Role, string? Team, string[]? Languages, string[]? Provinces,
    string[]? Services, byte[]? PinHash, bool? OnDuty, bool? RelayBySms);

public enum ResponderWrite { Done, NotFound, PhoneTaken }

/// <summary>
/// Responders of one organisation. A responder's phone is a contact like any other number (channel sms, found by the
/// keyed hash, stored encrypted), so pages leave through the same outbox; one contact is at most one responder.
/// Every query is scoped to the caller's organisation: another organisation's id is simply not found.
/// </summary>
public sealed class ResponderStore(TenantDatabase tenants, FieldProtector protector)
{
    private const string ContactUnique = "responders_contact_id_key";

    private const string Select = """
        SELECT r.id, r.name, c.address_enc, r.role, r.team, r.languages, r.provinces, r.services, r.pin_hash IS NOT NULL,
               r.on_duty, r.relay_by_sms, r.created_at, r.disabled_at
        FROM responders r JOIN contacts c ON c.id = r.contact_id
        """;

    public async Task<ResponderRecord?> GetAsync(long organisationId, long id, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        await using var command = Sql.Command(connection, transaction, Select + " WHERE r.organisation_id = $1 AND r.id = $2", organisationId, id);
        var found = await ReadAsync(command, ct);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<ResponderRecord>> ListAsync(long organisationId, bool includeDisabled, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        await using var command = Sql.Command(connection, transaction,
            Select + " WHERE r.organisation_id = $1 AND ($2 OR r.disabled_at IS NULL) ORDER BY r.id", organisationId, includeDisabled);
        return await ReadAsync(command, ct);
    }

    public async Task<(ResponderWrite Result, long Id)> CreateAsync(long organisationId, ResponderFields fields, string actor, DateTimeOffset now, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        var contactId = await UpsertContactAsync(connection, transaction, fields.Phone!, now, ct);
        await using var insert = Sql.Command(connection, transaction, """
            INSERT INTO responders (organisation_id, contact_id, name, role, team, languages, provinces, services, pin_hash, on_duty, relay_by_sms, created_at)
            VALUES ($1, $2, $3, $4, nullif($5, ''), $6, $7, $8, $9, $10, $11, $12)
            ON CONFLICT (contact_id) DO NOTHING
            RETURNING id
            """,
            organisationId, contactId, fields.Name, fields.Role ?? "responder", fields.Team, fields.Languages ?? [], fields.Provinces ?? [],
            fields.Services ?? [], fields.PinHash, fields.OnDuty ?? true, fields.RelayBySms ?? true, now);
        if (await insert.ExecuteScalarAsync(ct) is not long id) return (ResponderWrite.PhoneTaken, 0);
        await AuditLog.RecordAsync(connection, transaction, organisationId, actor, "responder.create", "responder:" + id, now, ct);
        await transaction.CommitAsync(ct);
        return (ResponderWrite.Done, id);
    }

    /// <summary>Updates the fields given; <paramref name="action"/> names the change in the audit log (a permission
    /// change made in the console is recorded as such, not as a general update).</summary>
    public async Task<ResponderWrite> UpdateAsync(long organisationId, long id, ResponderFields fields, string actor, DateTimeOffset now, CancellationToken ct,
        string action = "responder.update")
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        long? contactId = fields.Phone is null ? null : await UpsertContactAsync(connection, transaction, fields.Phone, now, ct);
        await using var update = Sql.Command(connection, transaction, """
            UPDATE responders SET
                name = coalesce($3, name),
                contact_id = coalesce($4, contact_id),
                role = coalesce($5, role),
                team = CASE WHEN $6::text IS NULL THEN team ELSE nullif($6, '') END,
                languages = coalesce($7, languages),
                provinces = coalesce($8, provinces),
                services = coalesce($9, services),
                pin_hash = coalesce($10, pin_hash),
                on_duty = coalesce($11, on_duty),
                relay_by_sms = coalesce($12, relay_by_sms)
            WHERE organisation_id = $1 AND id = $2
            RETURNING id
            """,
            organisationId, id, fields.Name, contactId, fields.Role, fields.Team, fields.Languages, fields.Provinces, fields.Services,
            fields.PinHash, fields.OnDuty, fields.RelayBySms);
        try
        {
            if (await update.ExecuteScalarAsync(ct) is null) return ResponderWrite.NotFound;
        }
        catch (PostgresException ex) when (Sql.IsUniqueViolation(ex, ContactUnique))
        {
            return ResponderWrite.PhoneTaken;
        }
        await AuditLog.RecordAsync(connection, transaction, organisationId, actor, action, "responder:" + id, now, ct);
        await transaction.CommitAsync(ct);
        return ResponderWrite.Done;
    }

    /// <summary>Disables a responder: off duty, never paged or put on call again; the row stays for the case history.</summary>
    public async Task<ResponderWrite> DisableAsync(long organisationId, long id, string actor, DateTimeOffset now, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        await using var update = Sql.Command(connection, transaction,
            "UPDATE responders SET disabled_at = coalesce(disabled_at, $3), on_duty = false WHERE organisation_id = $1 AND id = $2 RETURNING id",
            organisationId, id, now);
        if (await update.ExecuteScalarAsync(ct) is null) return ResponderWrite.NotFound;
        await AuditLog.RecordAsync(connection, transaction, organisationId, actor, "responder.disable", "responder:" + id, now, ct);
        await transaction.CommitAsync(ct);
        return ResponderWrite.Done;
    }

    /// <summary>The contact row of a number, created if new. The number may already be a contact this organisation
    /// cannot see (someone who wrote to the hotline): contact_id_for (migration 0008) finds it and returns only its id.</summary>
    private async Task<long> UpsertContactAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string e164, DateTimeOffset now, CancellationToken ct)
    {
        var key = ChannelNames.LookupKey(Channel.Sms, e164);
        await using var command = Sql.Command(connection, transaction, "SELECT contact_id_for($1, $2, $3, $4, NULL, $5)",
            ChannelNames.ToDb(Channel.Sms), protector.LookupHash(key), protector.Encrypt(key, Purposes.ContactAddress), PhoneNumbers.Country(e164), now);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private async Task<List<ResponderRecord>> ReadAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var list = new List<ResponderRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            list.Add(new ResponderRecord(reader.GetInt64(0), reader.GetString(1),
                PhoneNumbers.Mask(protector.Decrypt((byte[])reader.GetValue(2), Purposes.ContactAddress)),
                reader.GetString(3), Sql.NullableString(reader, 4), reader.GetFieldValue<string[]>(5), reader.GetFieldValue<string[]>(6),
                reader.GetFieldValue<string[]>(7), reader.GetBoolean(8), reader.GetBoolean(9), reader.GetBoolean(10), Sql.Time(reader, 11),
                Sql.NullableTime(reader, 12)));
        return list;
    }
}
