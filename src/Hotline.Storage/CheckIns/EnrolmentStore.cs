using Dapper;
using Hotline.Storage.Admin;
using Hotline.Storage.Protection;
using Hotline.Storage.Tenancy;

namespace Hotline.Storage.CheckIns;

/// <summary>An enrolment as staff see it in a list: the number only masked, the next round in the client's own zone.</summary>
public sealed record EnrolmentSummary(long Id, string PhoneMasked, string Language, string Plan, string Status, string TimeZone,
    DateTimeOffset? NextCheckInAt, string? LastAnswer, DateTimeOffset? LastAnsweredAt, long Missed, long? CaseWorkerId, string? CaseWorkerName)
{
    /// <summary>The next round as the client's clock will show it.</summary>
    public DateTimeOffset? NextCheckInLocal => NextCheckInAt is { } at
        ? TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)) : null;
}

/// <summary>
/// Reading and closing an organisation's enrolments, for the admin API and the console alike. Every query is scoped
/// by organisation (and bound to it as the tenant); closing cancels the rounds not yet sent and writes its audit row in
/// the same transaction.
/// </summary>
public sealed class EnrolmentStore(TenantDatabase tenants, FieldProtector protector)
{
    public async Task<IReadOnlyList<EnrolmentSummary>> ListAsync(long organisationId, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        var rows = await connection.QueryAsync<(long Id, byte[] AddressEnc, string Language, string Plan, string Status, string TimeZone,
            DateTime? NextAt, string? LastAnswer, DateTime? LastAnsweredAt, long Missed, long? CaseWorkerId, string? CaseWorkerName)>(
            """
            SELECT e.id, c.address_enc, e.language, e.plan, e.status, e.time_zone,
                   (SELECT min(k.send_at) FROM checkins k WHERE k.enrolment_id = e.id AND k.status = 'scheduled'),
                   last.wellbeing, last.answered_at,
                   (SELECT count(*) FROM checkins k WHERE k.enrolment_id = e.id AND k.status = 'missed'),
                   e.case_worker_id, r.name
            FROM enrolments e
            JOIN contacts c ON c.id = e.contact_id
            LEFT JOIN responders r ON r.id = e.case_worker_id AND r.organisation_id = e.organisation_id
            LEFT JOIN LATERAL (SELECT k.wellbeing, k.answered_at FROM checkins k
                               WHERE k.enrolment_id = e.id AND k.status = 'answered' ORDER BY k.answered_at DESC LIMIT 1) last ON true
            WHERE e.organisation_id = @org
            ORDER BY (e.status = 'active') DESC, e.id DESC
            LIMIT 500
            """, new { org = organisationId }, transaction);
        return rows.Select(e => new EnrolmentSummary(e.Id, PhoneNumbers.Mask(protector.Decrypt(e.AddressEnc, Purposes.ContactAddress)),
            e.Language, e.Plan, e.Status, e.TimeZone, Utc(e.NextAt), e.LastAnswer, Utc(e.LastAnsweredAt), e.Missed, e.CaseWorkerId,
            e.CaseWorkerName)).ToList();
    }

    /// <summary>Closes an enrolment that is not closed yet: no more check-ins. With <paramref name="caseWorkerId"/>, only
    /// an enrolment of that case worker. False when there is no such enrolment in the organisation.</summary>
    public async Task<bool> CloseAsync(long organisationId, long id, long? caseWorkerId, string actor, DateTimeOffset now, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        var closed = await connection.ExecuteAsync(
            """
            UPDATE enrolments SET status = 'closed', closed_at = @now
            WHERE id = @id AND organisation_id = @org AND status <> 'closed' AND (@worker::bigint IS NULL OR case_worker_id = @worker)
            """, new { id, org = organisationId, worker = caseWorkerId, now = now.UtcDateTime }, transaction);
        if (closed == 0) return false;
        await connection.ExecuteAsync("UPDATE checkins SET status = 'cancelled' WHERE enrolment_id = @id AND status = 'scheduled'", new { id }, transaction);
        await AuditLog.RecordAsync(connection, transaction, organisationId, actor, "enrolment.close", "enrolment:" + id, now, ct);
        await tenant.CommitAsync(ct);
        return true;
    }

    private static DateTimeOffset? Utc(DateTime? at) => at is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null;
}
