using Dapper;
using Hotline.Storage.Admin;
using Hotline.Storage.Identity;
using Hotline.Storage.Protection;

namespace Hotline.Server.StaffConsole;

/// <summary>The queue's filters, as kept in the query string: which cases (all, mine, unassigned), and optionally one
/// team (of the assigned responder), one need and one province. None of them is personal data.</summary>
public sealed record QueueFilter(string Show, string? Team = null, string? Need = null, string? Province = null)
{
    public static readonly QueueFilter All = new("all");
}

/// <summary>The values the queue's team, need and province filters offer.</summary>
public sealed record QueueOptions(IReadOnlyList<string> Teams, IReadOnlyList<string> Needs, IReadOnlyList<string> Provinces);

/// <summary>One line of a case's timeline: what happened, by whom (null: the system or the person), and a note's text.</summary>
public sealed record TimelineEntry(string Kind, string? Author, bool OtherOrganisation, string? Note, DateTimeOffset At);

/// <summary>An organisation a case can be referred to.</summary>
public sealed record OrganisationChoice(long Id, string Name);

/// <summary>An open follow-up task from the check-ins, the client shown only by their masked number.</summary>
public sealed record FollowUpTask(long Id, string Kind, DateTimeOffset CreatedAt, string ClientMasked, string? CaseWorker);

/// <summary>Why a referral was or was not made.</summary>
public enum ReferralResult
{
    Done,
    NotAllowed,
    Closed,
    NoConsentRecord,
    ConsentRefused,
    UnknownOrganisation,
}

/// <summary>Case work: notes, the audited reveal of a full number, referral to another organisation, the queue's
/// filter values and the follow-up tasks. Scoped by organisation like the rest of the store.</summary>
public sealed partial class ConsoleCaseStore
{
    public const int MaxNoteLength = 2000;

    public async Task<QueueOptions> QueueOptionsAsync(StaffUser staff, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
        var connection = tenant.Connection;
        var rows = (await connection.QueryAsync<(string Field, string Value)>(
            """
            SELECT DISTINCT 'team', team FROM responders WHERE organisation_id = @organisationId AND team IS NOT NULL AND disabled_at IS NULL
            UNION SELECT DISTINCT 'need', need FROM cases WHERE organisation_id = @organisationId AND status <> 'closed' AND need IS NOT NULL
            UNION SELECT DISTINCT 'province', province FROM cases WHERE organisation_id = @organisationId AND status <> 'closed' AND province IS NOT NULL
            ORDER BY 1, 2
            """, new { organisationId = staff.OrganisationId })).ToList();
        List<string> Of(string field) => rows.Where(r => r.Field == field).Select(r => r.Value).ToList();
        return new QueueOptions(Of("team"), Of("need"), Of("province"));
    }

    /// <summary>The case's events, oldest first (the last 200): pages, takes, replies, notes, referral, closing. An
    /// author from another organisation (before a referral) is not named: row-level security hides their staff account
    /// or responder, so an event with an author nobody here can see is marked as another organisation's.</summary>
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(StaffUser staff, long caseId, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
        var (connection, transaction) = tenant;
        var rows = await connection.QueryAsync<(string Kind, DateTime CreatedAt, byte[]? BodyEnc, bool HasAuthor, string? Author, long? AuthorOrganisation)>(
            """
            SELECT e.kind, e.created_at, e.body_enc, e.staff_user_id IS NOT NULL OR e.responder_id IS NOT NULL,
                   coalesce(s.display_name, r.name), coalesce(s.organisation_id, r.organisation_id)
            FROM case_events e JOIN cases k ON k.id = e.case_id
                 LEFT JOIN staff_users s ON s.id = e.staff_user_id LEFT JOIN responders r ON r.id = e.responder_id
            WHERE e.case_id = @caseId AND k.organisation_id = @organisationId
            ORDER BY e.id DESC LIMIT 200
            """, new { caseId, organisationId = staff.OrganisationId }, transaction);
        return rows.Reverse().Select(e =>
        {
            var other = e.HasAuthor && e.AuthorOrganisation != staff.OrganisationId;
            return new TimelineEntry(e.Kind, other ? null : e.Author, other,
                e.Kind is "note" or "urgent_details" && e.BodyEnc is { } body ? protector.Decrypt(body, Purposes.CaseNote) : null, Utc(e.CreatedAt));
        }).ToList();
    }

    /// <summary>An internal note on the case (never sent to the person), encrypted, with its author; audited.</summary>
    public Task<bool> AddNoteAsync(StaffUser staff, long caseId, string text, DateTimeOffset now, CancellationToken ct) =>
        InTransactionAsync(staff, "case.note", "case:" + caseId, now, ct, async (connection, transaction) =>
            await connection.ExecuteAsync(
                """
                INSERT INTO case_events (case_id, responder_id, staff_user_id, kind, body_enc, created_at)
                SELECT id, @responderId, @staffUserId, 'note', @body, @now FROM cases WHERE id = @caseId AND organisation_id = @organisationId
                """,
                new
                {
                    caseId, responderId = staff.ResponderId, staffUserId = staff.Id, body = protector.Encrypt(text, Purposes.CaseNote),
                    now = now.UtcDateTime, organisationId = staff.OrganisationId,
                }, transaction) == 1);

    /// <summary>Coordinators and admins may see a case's full number, and so may the responder the case is assigned to.</summary>
    public static bool MayReveal(StaffUser staff, ConsoleCase found) =>
        IsManager(staff) || (staff.ResponderId is { } me && found.AssignedResponderId == me);

    /// <summary>The full number, once, for someone allowed to see it; the reason (encrypted), who and when are
    /// recorded in number_reveals and the audit log in the same transaction. Null when not allowed.</summary>
    public async Task<string?> RevealAsync(StaffUser staff, ConsoleCase found, string reason, DateTimeOffset now, CancellationToken ct)
    {
        if (!MayReveal(staff, found)) return null;
        string? number = null;
        await InTransactionAsync(staff, "case.reveal_number", "case:" + found.Id, now, ct, async (connection, transaction) =>
        {
            var address = await connection.ExecuteScalarAsync<byte[]?>(
                """
                WITH revealed AS (
                    INSERT INTO number_reveals (organisation_id, case_id, staff_user_id, reason_enc, revealed_at)
                    SELECT k.organisation_id, k.id, @staffUserId, @reason, @now FROM cases k WHERE k.id = @caseId AND k.organisation_id = @organisationId
                    RETURNING case_id)
                SELECT c.address_enc FROM revealed v JOIN cases k ON k.id = v.case_id JOIN contacts c ON c.id = k.contact_id
                """,
                new
                {
                    caseId = found.Id, staffUserId = staff.Id, reason = protector.Encrypt(reason, Purposes.RevealReason), now = now.UtcDateTime,
                    organisationId = staff.OrganisationId,
                }, transaction);
            if (address is null) return false;
            number = PhoneNumbers.Format(protector.Decrypt(address, Purposes.ContactAddress)); // to be read out or dialled, not the stored form
            return true;
        });
        return number;
    }

    /// <summary>The other organisations, by name, that a case can be referred to (ids and names only, through the
    /// <c>referral_organisations()</c> function: the tenant cannot read other organisations' rows).</summary>
    public async Task<IReadOnlyList<OrganisationChoice>> ReferralTargetsAsync(StaffUser staff, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
        var (connection, transaction) = tenant;
        return (await connection.QueryAsync<OrganisationChoice>(
            "SELECT id AS Id, name AS Name FROM referral_organisations()", transaction: transaction)).ToList();
    }

    /// <summary>
    /// Hands the case over to another organisation, in one transaction: only when the person agreed to their request
    /// being shared (the help request's consent answer), by the assigned responder or a coordinator or admin. The
    /// case moves to the receiver's queue, unassigned and due for paging at once (the receiver's on-call responder is
    /// paged by the escalation service as for a new case); the sender keeps only a case_referrals row and its audit
    /// row. Both organisations get an audit row, and the case a 'referred' event. The who-may check is here; the rest,
    /// and the writes, are the <c>refer_case</c> function's.
    /// </summary>
    public async Task<ReferralResult> ReferAsync(StaffUser staff, long caseId, long toOrganisationId, DateTimeOffset now, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
        var (connection, transaction) = tenant;
        var found = (await connection.QueryAsync<(string Status, long? Assigned)>(
            "SELECT status, assigned_responder_id FROM cases WHERE id = @caseId AND organisation_id = @organisationId FOR UPDATE",
            new { caseId, organisationId = staff.OrganisationId }, transaction)).ToList();
        if (found.Count == 0) return ReferralResult.NotAllowed;
        var (status, assigned) = found[0];
        if (status == "closed") return ReferralResult.Closed;
        if (!IsManager(staff) && (staff.ResponderId is null || assigned != staff.ResponderId)) return ReferralResult.NotAllowed;

        // The case leaves the organisation and the receiver gets an audit row: both beyond the tenant's own rows, so
        // refer_case (migration 0011) checks the case, the consent and the receiver itself and writes every row.
        var result = await connection.ExecuteScalarAsync<string>(
            "SELECT refer_case(@caseId, @toOrganisationId, @staffUserId, @now)",
            new { caseId, toOrganisationId, staffUserId = staff.Id, now = now.UtcDateTime }, transaction);
        if (result != "done")
            return result switch
            {
                "closed" => ReferralResult.Closed,
                "no_consent_record" => ReferralResult.NoConsentRecord,
                "consent_refused" => ReferralResult.ConsentRefused,
                "unknown_organisation" => ReferralResult.UnknownOrganisation,
                _ => ReferralResult.NotAllowed,
            };
        await tenant.CommitAsync(ct);
        return ReferralResult.Done;
    }

    /// <summary>The organisation's open follow-up tasks from the check-ins, oldest first.</summary>
    public async Task<IReadOnlyList<FollowUpTask>> OpenTasksAsync(StaffUser staff, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
        var connection = tenant.Connection;
        var rows = await connection.QueryAsync<(long Id, string Kind, DateTime CreatedAt, byte[] AddressEnc, string? CaseWorker)>(
            """
            SELECT t.id, t.kind, t.created_at, c.address_enc, w.name
            FROM followup_tasks t JOIN enrolments e ON e.id = t.enrolment_id JOIN contacts c ON c.id = e.contact_id
                 LEFT JOIN responders w ON w.id = e.case_worker_id
            WHERE t.organisation_id = @organisationId AND e.organisation_id = @organisationId AND t.done_at IS NULL
            ORDER BY t.created_at, t.id
            LIMIT 200
            """, new { organisationId = staff.OrganisationId });
        return rows.Select(t => new FollowUpTask(t.Id, t.Kind, Utc(t.CreatedAt),
            PhoneNumbers.Mask(protector.Decrypt(t.AddressEnc, Purposes.ContactAddress)), t.CaseWorker)).ToList();
    }

    /// <summary>Marks an open task of the organisation done; audited. False when there is no such open task.</summary>
    public Task<bool> CompleteTaskAsync(StaffUser staff, long taskId, DateTimeOffset now, CancellationToken ct) =>
        InTransactionAsync(staff, "task.done", "followup_task:" + taskId, now, ct, async (connection, transaction) =>
            await connection.ExecuteAsync(
                "UPDATE followup_tasks SET done_at = @now WHERE id = @taskId AND organisation_id = @organisationId AND done_at IS NULL",
                new { taskId, organisationId = staff.OrganisationId, now = now.UtcDateTime }, transaction) == 1);
}
