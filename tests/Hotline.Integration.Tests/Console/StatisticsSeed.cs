using System.Security.Cryptography;
using Dapper;
using Hotline.Domain.CheckIns;
using Hotline.Domain.Language;
using Hotline.Integration.Tests.Support;
using Hotline.Server.CheckIns;
using Hotline.Storage.CheckIns;
using Hotline.Storage.Protection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hotline.Integration.Tests.StaffConsole;

/// <summary>
/// Rows with known figures, relative to now. Organisation A: four cases in the last 30 days (wage_claim ×3 paged after
/// 2, 4 and 10 minutes, taken after 5, 9 and 30, answered after 6 and 20; legal_aid ×1 resolved), one wage_claim case
/// 60 days ago, and a check-in enrolment with one round answered ("talk", raising a task) and one missed.
/// Organisation B: seven legal_aid cases with slow times and an answered round, which must never count as A's.
/// Hotline-wide: screenings (6 high and 3 medium in 30 days, 2 more high 60 days ago; destinations including a
/// formula and a comma) and agency reports.
/// </summary>
public sealed record StatisticsSeed(long OrganisationA, long OrganisationB, long EnrolmentA, long EnrolmentB)
{
    public const string NameA = "Sample Organisation A";
    public const string NameB = "Sample Organisation B";
    public const string Formula = "=HYPERLINK(\"http://example.org\",\"x\")";
    public const string WithComma = "Thailand, Bangkok";

    public static async Task<StatisticsSeed> CreateAsync(HotlineTestServer server)
    {
        var now = DateTimeOffset.UtcNow;
        var protector = server.Services.GetRequiredService<FieldProtector>();
        await using var db = await server.OpenDbAsync();
        var a = await db.ExecuteScalarAsync<long>("INSERT INTO organisations (name, created_at) VALUES (@n, now()) RETURNING id", new { n = NameA });
        var b = await db.ExecuteScalarAsync<long>("INSERT INTO organisations (name, created_at) VALUES (@n, now()) RETURNING id", new { n = NameB });

        await CaseAsync(db, protector, a, "wage_claim", null, now.AddDays(-1), 2, 5, 6);
        await CaseAsync(db, protector, a, "wage_claim", null, now.AddDays(-2), 4, 9, 20);
        await CaseAsync(db, protector, a, "wage_claim", null, now.AddDays(-3), 10, 30, null);
        await CaseAsync(db, protector, a, "legal_aid", "resolved", now.AddDays(-4), null, null, null);
        await CaseAsync(db, protector, a, "wage_claim", "resolved", now.AddDays(-60), 1, 1, 1);
        for (var i = 0; i < 7; i++) await CaseAsync(db, protector, b, "legal_aid", "referred", now.AddDays(-5), 500, 600, 700);

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        async Task Screening(string level, string? destination, int daysAgo) => await db.ExecuteAsync(
            "INSERT INTO screening_records (destination, sector, indicators, level, province, recorded_on) VALUES (@destination, 'construction', '{}', @level, 'KH-2', @on)",
            new { destination, level, on = today.AddDays(-daysAgo).ToDateTime(TimeOnly.MinValue) });
        for (var i = 0; i < 6; i++) await Screening("high", WithComma, 2);
        for (var i = 0; i < 3; i++) await Screening("medium", Formula, 2);
        for (var i = 0; i < 2; i++) await Screening("high", WithComma, 60);
        for (var i = 0; i < 5; i++)
            await db.ExecuteAsync("INSERT INTO agency_reports (licence_number, name_key, reason, reported_on) VALUES (NULL, 'sample agency', 'fees', @on)",
                new { on = today.AddDays(-1).ToDateTime(TimeOnly.MinValue) });

        var enrolmentA = await EnrolmentAsync(server, db, a, "+85512400001", "talk", now);
        var enrolmentB = await EnrolmentAsync(server, db, b, "+85512400002", "good", now);
        return new StatisticsSeed(a, b, enrolmentA, enrolmentB);
    }

    private static async Task CaseAsync(NpgsqlConnection db, FieldProtector protector, long org, string need, string? outcome, DateTimeOffset opened,
        int? pagedMinutes, int? ackedMinutes, int? repliedMinutes)
    {
        var address = "+8551290" + RandomNumberGenerator.GetInt32(10000, 99999);
        var contact = await db.ExecuteScalarAsync<long>(
            "INSERT INTO contacts (channel, address_hash, address_enc, created_at) VALUES ('sms', @h, @e, now()) RETURNING id",
            new { h = protector.LookupHash(address + Guid.NewGuid()), e = protector.Encrypt(address, Purposes.ContactAddress) });
        DateTime? After(int? minutes) => minutes is { } m ? opened.AddMinutes(m).UtcDateTime : null;
        await db.ExecuteAsync(
            """
            INSERT INTO cases (code, organisation_id, contact_id, kind, need, province, status, opened_at, first_paged_at, acked_at, first_reply_at, closed_at, outcome)
            VALUES (@code, @org, @contact, 'help', @need, 'KH-12', @status, @opened, @paged, @acked, @replied, @closed, @outcome)
            """,
            new
            {
                code = "S" + RandomNumberGenerator.GetHexString(8), org, contact, need, status = outcome is null ? "assigned" : "closed",
                opened = opened.UtcDateTime, paged = After(pagedMinutes), acked = After(ackedMinutes), replied = After(repliedMinutes),
                closed = outcome is null ? (DateTime?)null : opened.AddHours(1).UtcDateTime, outcome,
            });
    }

    /// <summary>An enrolment whose first round was answered with <paramref name="wellbeing"/> yesterday and whose second was missed.</summary>
    private static async Task<long> EnrolmentAsync(HotlineTestServer server, NpgsqlConnection db, long org, string phone, string wellbeing, DateTimeOffset now)
    {
        var plan = server.Services.GetRequiredService<CheckInSettings>().Content.Plans["standard"];
        var window = new SafeWindow(SafeWindow.EveryDay, new TimeOnly(9, 0), new TimeOnly(18, 0), "Asia/Bangkok");
        var (id, _) = await server.Services.GetRequiredService<CheckInStore>().EnrolAsync(new NewEnrolment(org, phone, LanguageForm.Km, "standard",
            DateOnly.FromDateTime(now.UtcDateTime).AddDays(-20), window, "sample case worker", now.AddDays(-21), "in person", null, null, null), plan, now, CancellationToken.None);
        var yesterday = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1).ToDateTime(TimeOnly.MinValue);
        var answered = await db.ExecuteScalarAsync<long>(
            """
            INSERT INTO checkins (enrolment_id, round, due_on, send_at, status, sent_at, answered_at, wellbeing)
            VALUES (@id, 101, @due, @at, 'answered', @at, @at, @wellbeing) RETURNING id
            """, new { id, due = yesterday, at = now.AddDays(-1).UtcDateTime, wellbeing });
        await db.ExecuteAsync(
            "INSERT INTO checkins (enrolment_id, round, due_on, send_at, status, sent_at) VALUES (@id, 102, @due, @at, 'missed', @at)",
            new { id, due = yesterday, at = now.AddDays(-1).UtcDateTime });
        if (wellbeing == "talk")
            await db.ExecuteAsync("INSERT INTO followup_tasks (organisation_id, enrolment_id, checkin_id, kind, created_at) VALUES (@org, @id, @answered, 'need_to_talk', now())",
                new { org, id, answered });
        return id;
    }
}
