using Dapper;
using Hotline.Domain.CheckIns;
using Hotline.Domain.Conversations;
using Hotline.Domain.Language;
using Hotline.Storage.Conversations;
using Hotline.Storage.Outbox;
using Hotline.Storage.Protection;
using Hotline.Storage.Tenancy;
using Npgsql;

namespace Hotline.Storage.CheckIns;

/// <summary>SQL for enrolments and check-in rounds. Due rounds are rows; a clustered tick turns them into outbox
/// messages (Quartz one-shot triggers manage only a few hundred a second here, rows plus a tick manage far more).
/// Enrolling is an organisation's own work (tenant role, bound to it); the ticks route across organisations (the
/// worker's <paramref name="dataSource"/>).</summary>
public sealed class CheckInStore(NpgsqlDataSource dataSource, TenantDatabase tenants, FieldProtector protector)
{
    public sealed class AlreadyEnrolledException() : Exception("This number already has an active enrolment.");

    /// <summary>Enrols the client and schedules the first round due from today. Returns (enrolment id, first send time).</summary>
    public async Task<(long Id, DateTimeOffset FirstSendAt)> EnrolAsync(NewEnrolment e, CheckInPlan plan, DateTimeOffset now, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(e.OrganisationId, ct);
        var (connection, transaction) = tenant;
        try
        {
            var result = await InsertAsync(connection, transaction, e, plan, now);
            await tenant.CommitAsync(ct);
            return result;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new AlreadyEnrolledException();
        }
    }

    /// <summary>What an import did: new enrolments, lines skipped because the same organisation already follows that
    /// number (importing the same file twice enrols nobody twice), and the first line whose number another
    /// organisation follows (then nothing was written).</summary>
    public sealed record ImportOutcome(int Enrolled, int AlreadyEnrolled, IReadOnlyList<int> TakenElsewhere);

    /// <summary>
    /// Enrols every client of a file in one transaction bound to the organisation, all or nothing. A number the same
    /// organisation already follows is skipped; a number another organisation follows (which row-level security does
    /// not let us see, but the one-active-enrolment-per-number index does) stops the import: its position is returned
    /// in <see cref="ImportOutcome.TakenElsewhere"/> and nothing is written.
    /// </summary>
    /// <param name="actor">Who imported (an API key or the CLI): the audit row is written in the same transaction.</param>
    public async Task<ImportOutcome> EnrolAllAsync(long organisationId, IReadOnlyList<NewEnrolment> enrolments, IReadOnlyDictionary<string, CheckInPlan> plans,
        string actor, DateTimeOffset now, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(organisationId, ct);
        var (connection, transaction) = tenant;
        var hashes = enrolments.Select(e => protector.LookupHash(ChannelNames.LookupKey(Channel.Sms, e.Phone))).ToArray();
        var ours = (await connection.QueryAsync<byte[]>(
            """
            SELECT c.address_hash FROM enrolments e JOIN contacts c ON c.id = e.contact_id
            WHERE e.organisation_id = @organisationId AND e.status = 'active' AND c.address_hash = ANY(@hashes)
            FOR UPDATE OF e
            """, new { organisationId, hashes }, transaction)).Select(Convert.ToBase64String).ToHashSet();
        var skipped = 0;
        for (var i = 0; i < enrolments.Count; i++)
        {
            if (ours.Contains(Convert.ToBase64String(hashes[i]))) { skipped++; continue; }
            try { await InsertAsync(connection, transaction, enrolments[i], plans[enrolments[i].Plan], now); }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                return new ImportOutcome(0, skipped, [i]); // disposing the tenant transaction rolls everything back
            }
        }
        var enrolled = enrolments.Count - skipped;
        await Admin.AuditLog.RecordAsync(connection, transaction, organisationId, actor, "enrolments.import",
            $"{enrolled} enrolled, {skipped} already enrolled", now, ct);
        await tenant.CommitAsync(ct);
        return new ImportOutcome(enrolled, skipped, []);
    }

    private async Task<(long Id, DateTimeOffset FirstSendAt)> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, NewEnrolment e,
        CheckInPlan plan, DateTimeOffset now)
    {
        var key = ChannelNames.LookupKey(Channel.Sms, e.Phone);
        // The number may already be a contact the organisation cannot see: contact_id_for returns only its id.
        var contactId = await connection.ExecuteScalarAsync<long>(
            "SELECT contact_id_for('sms', @hash, @enc, NULL, @language, @now)",
            new { hash = protector.LookupHash(key), enc = protector.Encrypt(key, Purposes.ContactAddress), language = e.Language.Code(), now = now.UtcDateTime }, transaction);
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO enrolments (organisation_id, contact_id, case_worker_id, language, plan, reintegrated_on, safe_days, safe_from, safe_to, time_zone,
                                    consent_by, consent_at, consent_how, code_word_hash, duress_word_hash, status, created_at)
            VALUES (@org, @contactId, @worker, @language, @plan, @reintegrated, @days, @from, @to, @zone, @by, @at, @how, @code, @duress, 'active', @now)
            RETURNING id
            """,
            new
            {
                org = e.OrganisationId, contactId, worker = e.CaseWorkerId, language = e.Language.Code(), plan = e.Plan,
                reintegrated = e.ReintegratedOn.ToDateTime(TimeOnly.MinValue), days = e.Window.Days.Select(d => (int)d).Order().ToArray(),
                from = e.Window.From.ToTimeSpan(), to = e.Window.To.ToTimeSpan(), zone = e.Window.TimeZone,
                by = e.ConsentBy, at = e.ConsentAt.UtcDateTime, how = e.ConsentHow,
                code = WordHash(e.CodeWord), duress = WordHash(e.DuressWord), now = now.UtcDateTime,
            }, transaction);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(e.Window.TimeZone)).DateTime);
        var round = plan.FirstRoundFrom(e.ReintegratedOn, today);
        var sendAt = await ScheduleAsync(connection, transaction, id, round, plan, e.ReintegratedOn, e.Window, now);
        return (id, sendAt);
    }

    /// <summary>The keyed hash of a code or duress word as a person would type it (case, spacing, invisibles ignored).</summary>
    public byte[]? WordHash(string? word) =>
        string.IsNullOrWhiteSpace(word) ? null : protector.LookupHash("word:" + TextNormaliser.Key(word));

    private static async Task<DateTimeOffset> ScheduleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long enrolmentId, int round,
        CheckInPlan plan, DateOnly reintegrated, SafeWindow window, DateTimeOffset now)
    {
        var due = plan.DueDate(reintegrated, round);
        var sendAt = CheckInTime.SendAt(due, window);
        if (sendAt < now) sendAt = window.NextOpening(now);
        await connection.ExecuteAsync(
            """
            INSERT INTO checkins (enrolment_id, round, due_on, send_at, status) VALUES (@enrolmentId, @round, @due, @sendAt, 'scheduled')
            ON CONFLICT (enrolment_id, round) DO NOTHING
            """, new { enrolmentId, round, due = due.ToDateTime(TimeOnly.MinValue), sendAt = sendAt.UtcDateTime }, transaction);
        return sendAt;
    }

    /// <summary>
    /// Sends every round whose time has come, in one transaction per batch: rows outside the client's safe window now
    /// are moved to the next opening (never sent at night to catch up); sent rows get the next round scheduled.
    /// Claimed with SKIP LOCKED and moved out of 'scheduled' in the same transaction, so a double firing sends once.
    /// </summary>
    /// <returns>How many were sent, and how many due rows were claimed (sent, moved to the window or cancelled): a full
    /// claim means more may be waiting.</returns>
    public async Task<(int Sent, int Claimed)> SendDueAsync(DateTimeOffset now, int max, IReadOnlyDictionary<string, CheckInPlan> plans,
        Func<LanguageForm, string> opener, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var due = (await connection.QueryAsync<(long Id, long EnrolmentId, long OrganisationId, long ContactId, int Round, string Plan, DateTime ReintegratedOn,
            string Language, int[] SafeDays, TimeSpan SafeFrom, TimeSpan SafeTo, string TimeZone, string Status, bool OptedOut)>(
            """
            SELECT k.id, k.enrolment_id, e.organisation_id, e.contact_id, k.round, e.plan, e.reintegrated_on, e.language, e.safe_days, e.safe_from,
                   e.safe_to, e.time_zone, e.status, c.opted_out_at IS NOT NULL
            FROM checkins k JOIN enrolments e ON e.id = k.enrolment_id JOIN contacts c ON c.id = e.contact_id
            WHERE k.status = 'scheduled' AND k.send_at <= @now
            ORDER BY k.send_at
            LIMIT @max
            FOR UPDATE OF k SKIP LOCKED
            """, new { now = now.UtcDateTime, max }, transaction)).ToList();
        if (due.Count == 0) return (0, 0);

        // Decided row by row in memory, written set by set: a handful of statements per thousand rows, in one round trip.
        var cancelled = new List<long>();
        var moved = new List<(long Id, DateTimeOffset SendAt)>();
        var messages = new List<(long ContactId, string Body)>();
        var sentIds = new List<long>();
        var next = new List<(long EnrolmentId, int Round, DateOnly Due, DateTimeOffset SendAt)>();
        foreach (var row in due)
        {
            var window = new SafeWindow(row.SafeDays.Select(d => (DayOfWeek)d).ToHashSet(), TimeOnly.FromTimeSpan(row.SafeFrom), TimeOnly.FromTimeSpan(row.SafeTo), row.TimeZone);
            if (row.Status != "active" || row.OptedOut)
            {
                cancelled.Add(row.Id);
                continue;
            }
            if (!window.Contains(now))
            {
                moved.Add((row.Id, window.NextOpening(now)));
                continue;
            }
            LanguageForms.TryParse(row.Language, out var language);
            messages.Add((row.ContactId, opener(language)));
            sentIds.Add(row.Id);
            if (plans.TryGetValue(row.Plan, out var plan))
            {
                var dueOn = plan.DueDate(DateOnly.FromDateTime(row.ReintegratedOn), row.Round + 1);
                next.Add((row.EnrolmentId, row.Round + 1, dueOn, CheckInTime.SendAt(dueOn, window)));
            }
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        if (cancelled.Count > 0)
            batch.BatchCommands.Add(InboundTransaction.Command("UPDATE checkins SET status = 'cancelled' WHERE id = ANY($1)", cancelled.ToArray()));
        if (moved.Count > 0)
            batch.BatchCommands.Add(InboundTransaction.Command("""
                UPDATE checkins k SET send_at = m.send_at FROM unnest($1::bigint[], $2::timestamptz[]) AS m (id, send_at) WHERE k.id = m.id
                """, moved.Select(m => m.Id).ToArray(), moved.Select(m => m.SendAt.UtcDateTime).ToArray()));
        if (sentIds.Count > 0)
        {
            batch.BatchCommands.Add(OutboxRows.InsertMany(protector, messages, OutboundKinds.CheckIn, now));
            batch.BatchCommands.Add(InboundTransaction.Command("UPDATE checkins SET status = 'sent', sent_at = $2 WHERE id = ANY($1)", sentIds.ToArray(), now));
        }
        if (next.Count > 0)
            batch.BatchCommands.Add(InboundTransaction.Command("""
                INSERT INTO checkins (enrolment_id, round, due_on, send_at, status)
                SELECT n.enrolment_id, n.round, n.due_on, n.send_at, 'scheduled' FROM unnest($1::bigint[], $2::int[], $3::date[], $4::timestamptz[]) AS n (enrolment_id, round, due_on, send_at)
                ON CONFLICT (enrolment_id, round) DO NOTHING
                """, next.Select(n => n.EnrolmentId).ToArray(), next.Select(n => n.Round).ToArray(), next.Select(n => n.Due).ToArray(),
                next.Select(n => n.SendAt.UtcDateTime).ToArray()));
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
        return (sentIds.Count, due.Count);
    }

    /// <summary>One gentle reminder after <paramref name="reminderAfter"/> without an answer (inside the window); after
    /// <paramref name="missedAfter"/> the round is missed, and two missed rounds in a row make one "could not reach"
    /// task for the case worker — never a stream of messages.</summary>
    public async Task<(int Reminded, int Missed)> FollowUpAsync(DateTimeOffset now, TimeSpan reminderAfter, TimeSpan missedAfter,
        Func<LanguageForm, string> reminder, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var waiting = (await connection.QueryAsync<(long Id, long EnrolmentId, long OrganisationId, long ContactId, string Status, DateTime SentAt, string Language,
            int[] SafeDays, TimeSpan SafeFrom, TimeSpan SafeTo, string TimeZone, int Round)>(
            """
            SELECT k.id, k.enrolment_id, e.organisation_id, e.contact_id, k.status, k.sent_at, e.language, e.safe_days, e.safe_from, e.safe_to, e.time_zone, k.round
            FROM checkins k JOIN enrolments e ON e.id = k.enrolment_id JOIN contacts c ON c.id = e.contact_id
            WHERE k.status IN ('sent', 'reminded') AND k.sent_at <= @reminderDue AND e.status = 'active' AND c.opted_out_at IS NULL
            ORDER BY k.sent_at LIMIT 1000
            FOR UPDATE OF k SKIP LOCKED
            """, new { reminderDue = (now - reminderAfter).UtcDateTime }, transaction)).ToList();
        int reminded = 0, missed = 0;
        foreach (var row in waiting)
        {
            var sentAt = new DateTimeOffset(row.SentAt, TimeSpan.Zero);
            if (now - sentAt >= missedAfter)
            {
                await connection.ExecuteAsync("UPDATE checkins SET status = 'missed' WHERE id = @id", new { row.Id }, transaction);
                missed++;
                var previousMissed = await connection.ExecuteScalarAsync<bool>(
                    "SELECT EXISTS (SELECT 1 FROM checkins WHERE enrolment_id = @e AND round = @r AND status = 'missed')", new { e = row.EnrolmentId, r = row.Round - 1 }, transaction);
                if (previousMissed)
                    await connection.ExecuteAsync(
                        """
                        INSERT INTO followup_tasks (organisation_id, enrolment_id, checkin_id, kind, created_at) VALUES (@org, @e, @id, 'could_not_reach', @now)
                        ON CONFLICT DO NOTHING
                        """, new { org = row.OrganisationId, e = row.EnrolmentId, row.Id, now = now.UtcDateTime }, transaction);
                continue;
            }
            var window = new SafeWindow(row.SafeDays.Select(d => (DayOfWeek)d).ToHashSet(), TimeOnly.FromTimeSpan(row.SafeFrom), TimeOnly.FromTimeSpan(row.SafeTo), row.TimeZone);
            if (row.Status != "sent" || !window.Contains(now)) continue;
            LanguageForms.TryParse(row.Language, out var language);
            await using var batch = new NpgsqlBatch(connection, transaction);
            batch.BatchCommands.Add(OutboxRows.Insert(protector, row.ContactId, null, reminder(language), OutboundKinds.CheckIn, null, now));
            batch.BatchCommands.Add(InboundTransaction.Command("UPDATE checkins SET status = 'reminded', reminded_at = $2 WHERE id = $1", row.Id, now));
            await batch.ExecuteNonQueryAsync(ct);
            reminded++;
        }
        await transaction.CommitAsync(ct);
        return (reminded, missed);
    }
}
