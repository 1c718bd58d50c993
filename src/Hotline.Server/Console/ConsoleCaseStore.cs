using Dapper;
using Hotline.Storage.Admin;
using Hotline.Storage.Cases;
using Hotline.Storage.Conversations;
using Hotline.Storage.Identity;
using Hotline.Storage.Outbox;
using Hotline.Storage.Protection;
using Hotline.Storage.Tenancy;
using Npgsql;

namespace Hotline.Server.StaffConsole;

/// <summary>A line of the queue. <paramref name="IsTest"/>: the person is a simulator contact (a test conversation; its case paged nobody).</summary>
public sealed record QueueItem(long Id, string Code, string Kind, string? Need, string? Province, string Status, DateTime OpenedAt,
    long? AssignedResponderId, string? AssignedName, bool IsTest = false);

/// <summary>A case as its page shows it; the number is masked before it leaves this class.</summary>
public sealed record ConsoleCase(long Id, string Code, string Kind, string? Need, string? Province, string? Reason, string Status,
    long ContactId, string ContactMasked, long? AssignedResponderId, string? AssignedName, DateTimeOffset OpenedAt,
    DateTimeOffset? FirstPagedAt, DateTimeOffset? AckedAt, DateTimeOffset? FirstReplyAt, DateTimeOffset? ClosedAt, string? Outcome,
    bool NotSafeToContact, bool? ConsentToShare, string? SafeContact);

/// <summary>One message of the case's conversation, decrypted for the page.</summary>
public sealed record ConsoleMessage(string Direction, string Kind, string Body, string Status, int Segments, DateTimeOffset At);

/// <summary>
/// The console's SQL. Every query runs as the tenant role bound to the signed-in person's organisation (row-level
/// security) and is also scoped by it in its WHERE clause: another organisation's case code finds nothing, exactly
/// like a code that does not exist. Every change writes its audit row in the same transaction.
/// </summary>
public sealed partial class ConsoleCaseStore(TenantDatabase tenants, FieldProtector protector)
{
    public const int MaxReplyLength = 1600;

    /// <summary>When the person said contact is not safe, we write only this soon after they last wrote to us (the
    /// same rule as the SMS R command): a phone someone else reads must not light up with our messages.</summary>
    public static readonly TimeSpan SafeReplyWindow = TimeSpan.FromHours(1);

    /// <summary>Open and assigned cases, urgent first, then the longest waiting, narrowed by the filter.</summary>
    public async Task<IReadOnlyList<QueueItem>> QueueAsync(StaffUser staff, QueueFilter filter, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
        return (await tenant.Connection.QueryAsync<QueueItem>(
            """
            SELECT k.id AS Id, k.code AS Code, k.kind AS Kind, k.need AS Need, k.province AS Province, k.status AS Status,
                   k.opened_at AS OpenedAt, k.assigned_responder_id AS AssignedResponderId, r.name AS AssignedName,
                   EXISTS (SELECT 1 FROM contacts ct WHERE ct.id = k.contact_id AND ct.channel = 'simulator') AS IsTest
            FROM cases k LEFT JOIN responders r ON r.id = k.assigned_responder_id
            WHERE k.organisation_id = @organisationId AND k.status <> 'closed'
              AND (@show <> 'mine' OR k.assigned_responder_id = @responderId)
              AND (@show <> 'unassigned' OR k.assigned_responder_id IS NULL)
              AND (@team::text IS NULL OR r.team = @team)
              AND (@need::text IS NULL OR k.need = @need)
              AND (@province::text IS NULL OR k.province = @province)
            ORDER BY (k.kind = 'urgent') DESC, k.opened_at, k.id
            LIMIT 200
            """, new
            {
                organisationId = staff.OrganisationId, show = filter.Show, responderId = staff.ResponderId ?? -1,
                team = filter.Team, need = filter.Need, province = filter.Province,
            }, tenant.Transaction)).ToList();
    }

    public async Task<ConsoleCase?> GetAsync(StaffUser staff, string code, DateTimeOffset now, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
        var row = (await tenant.Connection.QueryAsync<(long Id, string Code, string Kind, string? Need, string? Province, string? Reason, string Status,
            long ContactId, byte[] AddressEnc, long? AssignedResponderId, string? AssignedName, DateTime OpenedAt, DateTime? FirstPagedAt,
            DateTime? AckedAt, DateTime? FirstReplyAt, DateTime? ClosedAt, string? Outcome, byte[]? SafeContactEnc, DateTime? LastInboundAt, bool? ConsentToShare)>(
            """
            SELECT k.id, k.code, k.kind, k.need, k.province, k.reason, k.status, k.contact_id, c.address_enc, k.assigned_responder_id, r.name,
                   k.opened_at, k.first_paged_at, k.acked_at, k.first_reply_at, k.closed_at, k.outcome, k.safe_contact_enc,
                   (SELECT i.at FROM contact_last_inbound(k.contact_id) i), k.consent_to_share
            FROM cases k JOIN contacts c ON c.id = k.contact_id LEFT JOIN responders r ON r.id = k.assigned_responder_id
            WHERE k.organisation_id = @organisationId AND k.code = upper(@code)
            """, new { organisationId = staff.OrganisationId, code }, tenant.Transaction)).ToList();
        if (row.Count == 0) return null;
        var k = row[0];
        var safeContact = k.SafeContactEnc is null ? null : protector.Decrypt(k.SafeContactEnc, Purposes.SafeContact);
        return new ConsoleCase(k.Id, k.Code, k.Kind, k.Need, k.Province, k.Reason, k.Status, k.ContactId,
            PhoneNumbers.Mask(protector.Decrypt(k.AddressEnc, Purposes.ContactAddress)), k.AssignedResponderId, k.AssignedName,
            Utc(k.OpenedAt), Utc(k.FirstPagedAt), Utc(k.AckedAt), Utc(k.FirstReplyAt), Utc(k.ClosedAt), k.Outcome,
            NotSafeToContact(safeContact, k.LastInboundAt, now), k.ConsentToShare, safeContact);
    }

    private static bool NotSafeToContact(string? safeContact, DateTime? lastInboundAt, DateTimeOffset now) =>
        safeContact == "not_safe" && (lastInboundAt is not { } last || now - Utc(last) > SafeReplyWindow);

    /// <summary>The last 200 messages in and out of this case's time with the organisation, oldest first: from the
    /// conversation that opened it (or, after a referral here, from the hand-over) until it was closed or referred on
    /// (<c>case_windows</c>, migration 0014). The person's messages while they were with another organisation are
    /// not shown; row-level security refuses them too, even to a query without this condition.</summary>
    public async Task<IReadOnlyList<ConsoleMessage>> TranscriptAsync(StaffUser staff, long caseId, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
        var rows = await tenant.Connection.QueryAsync<(string Direction, string Kind, byte[] BodyEnc, string Status, int Segments, DateTime CreatedAt)>(
            """
            SELECT m.direction, m.kind, m.body_enc, m.status, m.segments, m.created_at
            FROM cases k JOIN messages m ON m.contact_id = k.contact_id
            WHERE k.id = @caseId AND k.organisation_id = @organisationId
              AND EXISTS (SELECT 1 FROM case_windows(k.id) w WHERE m.created_at >= w.from_at AND (w.to_at IS NULL OR m.created_at <= w.to_at))
            ORDER BY m.id DESC LIMIT 200
            """, new { caseId, organisationId = staff.OrganisationId }, tenant.Transaction);
        return rows.Reverse().Select(m => new ConsoleMessage(m.Direction, m.Kind, protector.Decrypt(m.BodyEnc, Purposes.MessageBody),
            m.Status, m.Segments, Utc(m.CreatedAt))).ToList();
    }

    public Task AuditAsync(StaffUser staff, string action, string target, DateTimeOffset now, CancellationToken ct) =>
        AuditLog.RecordAsync(tenants, staff.OrganisationId, staff.Actor, action, target, now, ct);

    /// <summary>Takes an open case for the person's responder; false when someone else took it first.</summary>
    public async Task<bool> TakeAsync(StaffUser staff, long caseId, DateTimeOffset now, CancellationToken ct)
    {
        if (staff.ResponderId is not { } responderId) return false;
        return await InTransactionAsync(staff, "case.take", "case:" + caseId, now, ct, async (connection, transaction) =>
        {
            // Only an open case can be taken: of two people pressing Take at once, the second updates nothing.
            var taken = await connection.ExecuteAsync(
                """
                UPDATE cases SET status = 'assigned', assigned_responder_id = @responderId, acked_at = coalesce(acked_at, @now), next_escalation_at = NULL
                WHERE id = @caseId AND organisation_id = @organisationId AND status = 'open'
                """, new { caseId, responderId, organisationId = staff.OrganisationId, now = now.UtcDateTime }, transaction);
            if (taken == 0) return false;
            await connection.ExecuteAsync(
                """
                UPDATE pages SET acked_at = @now WHERE case_id = @caseId AND responder_id = @responderId AND acked_at IS NULL;
                INSERT INTO case_events (case_id, responder_id, kind, created_at) VALUES (@caseId, @responderId, 'acked', @now);
                """, new { caseId, responderId, now = now.UtcDateTime }, transaction);
            return true;
        });
    }

    /// <summary>Queues the reply to the person from the hotline address they last wrote to (so they never see a
    /// responder's number); only the responder the case is assigned to may reply.</summary>
    public async Task<bool> ReplyAsync(StaffUser staff, long caseId, string text, DateTimeOffset now, CancellationToken ct)
    {
        if (staff.ResponderId is not { } responderId) return false;
        return await InTransactionAsync(staff, "case.reply", "case:" + caseId, now, ct, async (connection, transaction) =>
        {
            var found = (await connection.QueryAsync<(long ContactId, byte[]? SafeContactEnc, DateTime? LastInboundAt)>(
                """
                SELECT k.contact_id, k.safe_contact_enc, (SELECT i.at FROM contact_last_inbound(k.contact_id) i)
                FROM cases k
                WHERE k.id = @caseId AND k.organisation_id = @organisationId AND k.status = 'assigned' AND k.assigned_responder_id = @responderId
                FOR UPDATE OF k
                """, new { caseId, organisationId = staff.OrganisationId, responderId }, transaction)).ToList();
            if (found.Count == 0) return false;
            var safeContact = found[0].SafeContactEnc is { } enc ? protector.Decrypt(enc, Purposes.SafeContact) : null;
            if (NotSafeToContact(safeContact, found[0].LastInboundAt, now)) return false;
            var contactId = found[0].ContactId;
            // The hotline number they last wrote to, even when that message is outside this organisation's window.
            var ourAddress = await connection.ExecuteScalarAsync<string?>(
                "SELECT our_address FROM contact_last_inbound(@contactId)", new { contactId }, transaction);
            await using (var batch = new NpgsqlBatch(connection, transaction))
            {
                batch.BatchCommands.Add(OutboxRows.Insert(protector, contactId, ourAddress, text, OutboundKinds.Relay, null, now));
                await batch.ExecuteNonQueryAsync(ct);
            }
            await connection.ExecuteAsync(
                """
                UPDATE cases SET first_reply_at = coalesce(first_reply_at, @now) WHERE id = @caseId;
                INSERT INTO case_events (case_id, responder_id, kind, created_at) VALUES (@caseId, @responderId, 'reply', @now);
                """, new { caseId, responderId, now = now.UtcDateTime }, transaction);
            return true;
        });
    }

    /// <summary>Closes the case with an outcome: the assigned responder, or a coordinator or admin of the organisation.</summary>
    public Task<bool> CloseAsync(StaffUser staff, long caseId, string outcome, DateTimeOffset now, CancellationToken ct) =>
        InTransactionAsync(staff, "case.close", "case:" + caseId, now, ct, (connection, transaction) =>
            CaseChanges.CloseAsync(connection, transaction, staff.OrganisationId, caseId, outcome,
                onlyIfAssignedTo: IsManager(staff) ? null : staff.ResponderId ?? -1, actingResponderId: staff.ResponderId, now));

    /// <summary>Coordinators and admins act on any case of their organisation; responders on the cases assigned to them.</summary>
    public static bool IsManager(StaffUser staff) => staff.Role is StaffRoles.Coordinator or StaffRoles.Admin;

    /// <summary>Runs the change and, when it was done, writes the audit row for <paramref name="target"/> in the same transaction.</summary>
    private async Task<bool> InTransactionAsync(StaffUser staff, string action, string target, DateTimeOffset now, CancellationToken ct,
        Func<NpgsqlConnection, NpgsqlTransaction, Task<bool>> change)
    {
        await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
        var (connection, transaction) = tenant;
        if (!await change(connection, transaction)) return false;
        await AuditLog.RecordAsync(connection, transaction, staff.OrganisationId, staff.Actor, action, target, now, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    private static DateTimeOffset? Utc(DateTime? at) => at is { } t ? Utc(t) : null;
}
