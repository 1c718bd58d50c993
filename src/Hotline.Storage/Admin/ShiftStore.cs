using Hotline.Storage.Protection;
using Hotline.Storage.Tenancy;
using Npgsql;

namespace Hotline.Storage.Admin;

public sealed record ShiftRecord(long Id, long ResponderId, string ResponderName, string Role, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

public sealed record OnCallPerson(long ResponderId, string Name, string? Team, string PhoneMasked, long? ShiftId, DateTimeOffset? Until);

public sealed record OnCallRecord(DateTimeOffset At, OnCallPerson? Primary, OnCallPerson? Backup, IReadOnlyList<OnCallPerson> Coordinators);

/// <summary>The on-call rota of one organisation: who is primary and backup when. Shifts are plans, so they are
/// deleted rather than disabled; the pages and cases keep their own history.</summary>
public sealed class ShiftStore(TenantDatabase tenants, FieldProtector protector)
{
    /// <summary>Adds a shift for an active responder of the same organisation; null when there is no such responder.</summary>
    public async Task<ShiftRecord?> CreateAsync(long organisationId, long responderId, string role, DateTimeOffset startsAt, DateTimeOffset endsAt,
        string actor, DateTimeOffset now, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        ShiftRecord? shift;
        await using (var insert = Sql.Command(connection, transaction, """
            WITH added AS (
                INSERT INTO shifts (organisation_id, responder_id, role, starts_at, ends_at)
                SELECT r.organisation_id, r.id, $3, $4, $5 FROM responders r
                WHERE r.organisation_id = $1 AND r.id = $2 AND r.disabled_at IS NULL
                RETURNING id, responder_id, role, starts_at, ends_at)
            SELECT a.id, a.responder_id, r.name, a.role, a.starts_at, a.ends_at FROM added a JOIN responders r ON r.id = a.responder_id
            """, organisationId, responderId, role, startsAt, endsAt))
            shift = (await ReadAsync(insert, ct)).FirstOrDefault();
        if (shift is null) return null;
        await AuditLog.RecordAsync(connection, transaction, organisationId, actor, "shift.create", "shift:" + shift.Id, now, ct);
        await transaction.CommitAsync(ct);
        return shift;
    }

    /// <summary>Shifts that overlap [from, to), in start order.</summary>
    public async Task<IReadOnlyList<ShiftRecord>> ListAsync(long organisationId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        await using var command = Sql.Command(connection, transaction, """
            SELECT s.id, s.responder_id, r.name, s.role, s.starts_at, s.ends_at
            FROM shifts s JOIN responders r ON r.id = s.responder_id
            WHERE s.organisation_id = $1 AND s.starts_at < $3 AND s.ends_at > $2
            ORDER BY s.starts_at, s.id
            """, organisationId, from, to);
        return await ReadAsync(command, ct);
    }

    public async Task<ShiftRecord?> GetAsync(long organisationId, long id, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        await using var command = Sql.Command(connection, transaction, """
            SELECT s.id, s.responder_id, r.name, s.role, s.starts_at, s.ends_at
            FROM shifts s JOIN responders r ON r.id = s.responder_id
            WHERE s.organisation_id = $1 AND s.id = $2
            """, organisationId, id);
        return (await ReadAsync(command, ct)).FirstOrDefault();
    }

    public async Task<bool> DeleteAsync(long organisationId, long id, string actor, DateTimeOffset now, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        await using var delete = Sql.Command(connection, transaction, "DELETE FROM shifts WHERE organisation_id = $1 AND id = $2 RETURNING id", organisationId, id);
        if (await delete.ExecuteScalarAsync(ct) is null) return false;
        await AuditLog.RecordAsync(connection, transaction, organisationId, actor, "shift.delete", "shift:" + id, now, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Who is on call at <paramref name="at"/>: for primary and backup, the responder on duty (not disabled) whose
    /// covering shift started last (at a hand-over, the one coming in); and every on-duty coordinator.
    /// </summary>
    public async Task<OnCallRecord> OnCallAsync(long organisationId, DateTimeOffset at, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        OnCallPerson? primary = null, backup = null;
        await using (var command = Sql.Command(connection, transaction, """
            SELECT DISTINCT ON (s.role) s.role, r.id, r.name, r.team, c.address_enc, s.id, s.ends_at
            FROM shifts s
            JOIN responders r ON r.id = s.responder_id
            JOIN contacts c ON c.id = r.contact_id
            WHERE s.organisation_id = $1 AND s.starts_at <= $2 AND s.ends_at > $2 AND r.on_duty AND r.disabled_at IS NULL
            ORDER BY s.role, s.starts_at DESC, s.id
            """, organisationId, at))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                var person = new OnCallPerson(reader.GetInt64(1), reader.GetString(2), Sql.NullableString(reader, 3),
                    Mask((byte[])reader.GetValue(4)), reader.GetInt64(5), Sql.Time(reader, 6));
                if (reader.GetString(0) == "primary") primary = person; else backup = person;
            }

        var coordinators = new List<OnCallPerson>();
        await using (var command = Sql.Command(connection, transaction, """
            SELECT r.id, r.name, r.team, c.address_enc
            FROM responders r JOIN contacts c ON c.id = r.contact_id
            WHERE r.organisation_id = $1 AND r.role = 'coordinator' AND r.on_duty AND r.disabled_at IS NULL
            ORDER BY r.id
            """, organisationId))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                coordinators.Add(new OnCallPerson(reader.GetInt64(0), reader.GetString(1), Sql.NullableString(reader, 2), Mask((byte[])reader.GetValue(3)), null, null));
        return new OnCallRecord(at, primary, backup, coordinators);
    }

    private string Mask(byte[] addressEnc) => PhoneNumbers.Mask(protector.Decrypt(addressEnc, Purposes.ContactAddress));

    private static async Task<List<ShiftRecord>> ReadAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var list = new List<ShiftRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            list.Add(new ShiftRecord(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), Sql.Time(reader, 4), Sql.Time(reader, 5)));
        return list;
    }
}
