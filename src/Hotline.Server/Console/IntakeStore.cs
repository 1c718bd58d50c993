using Dapper;
using Hotline.Storage.Admin;
using Hotline.Storage.Identity;
using Hotline.Storage.Tenancy;

namespace Hotline.Server.StaffConsole;

/// <summary>A case no organisation has: only what a coordinator needs to decide to take it.</summary>
public sealed record IntakeItem(long Id, string Code, string Kind, string? Country, DateTime OpenedAt, DateTime? AlertedAt);

/// <summary>An urgent case of the organisation whose escalation ran out with nobody acknowledging.</summary>
public sealed record ExhaustedCase(string Code, DateTime ExhaustedAt);

/// <summary>One of the organisation's responders, and whether they are on the hotline-wide fallback list.</summary>
public sealed record FallbackResponder(long Id, string Name, bool Fallback);

/// <summary>
/// The intake queue and the alarms that go with it. Unrouted cases cross organisations, so they are read and taken
/// through the SECURITY DEFINER functions of migration 0015 (<c>intake_cases</c>, <c>take_intake_case</c>), which
/// check that the staff account is a coordinator or admin of the transaction's organisation and show no contact
/// detail. Everything else here is the organisation's own rows, under row-level security as usual.
/// </summary>
public sealed class IntakeStore(TenantDatabase tenants)
{
    public async Task<IReadOnlyList<IntakeItem>> QueueAsync(StaffUser staff, CancellationToken ct)
    {
        if (!staff.IsManager) return [];
        await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
        return (await tenant.Connection.QueryAsync<IntakeItem>(
            "SELECT id AS Id, code AS Code, kind AS Kind, country AS Country, opened_at AS OpenedAt, alerted_at AS AlertedAt FROM intake_cases(@staffUserId)",
            new { staffUserId = staff.Id }, tenant.Transaction)).ToList();
    }

    /// <summary>Takes an unrouted case into the staff member's organisation (audited by the function, in the same
    /// transaction). Returns the case code when this call took it, null when someone else was quicker or it is gone.</summary>
    public async Task<string?> TakeAsync(StaffUser staff, long caseId, DateTimeOffset now, CancellationToken ct)
    {
        if (!staff.IsManager) return null;
        await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
        var (connection, transaction) = tenant;
        var answer = await connection.ExecuteScalarAsync<string>("SELECT take_intake_case(@caseId, @staffUserId, @now)",
            new { caseId, staffUserId = staff.Id, now = now.UtcDateTime }, transaction);
        if (answer != "done") return null;
        var code = await connection.ExecuteScalarAsync<string>(
            "SELECT code FROM cases WHERE id = @caseId AND organisation_id = @organisationId", new { caseId, organisationId = staff.OrganisationId }, transaction);
        await tenant.CommitAsync(ct);
        return code;
    }

    /// <summary>Open urgent cases of the organisation nobody acknowledged after every round (the console's banner).</summary>
    public async Task<IReadOnlyList<ExhaustedCase>> ExhaustedAsync(StaffUser staff, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
        return (await tenant.Connection.QueryAsync<ExhaustedCase>(
            """
            SELECT code AS Code, escalation_exhausted_at AS ExhaustedAt FROM cases
            WHERE organisation_id = @organisationId AND status = 'open' AND escalation_exhausted_at IS NOT NULL
            ORDER BY escalation_exhausted_at LIMIT 50
            """, new { organisationId = staff.OrganisationId }, tenant.Transaction)).ToList();
    }

    public async Task<IReadOnlyList<FallbackResponder>> RespondersAsync(StaffUser staff, CancellationToken ct)
    {
        await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
        return (await tenant.Connection.QueryAsync<FallbackResponder>(
            "SELECT id AS Id, name AS Name, fallback AS Fallback FROM responders WHERE organisation_id = @organisationId AND disabled_at IS NULL ORDER BY name, id",
            new { organisationId = staff.OrganisationId }, tenant.Transaction)).ToList();
    }

    /// <summary>Puts one of the organisation's responders on the fallback list or takes them off it; audited. False
    /// for someone who is not a coordinator or admin, or a responder of another organisation (not found).</summary>
    public async Task<bool> SetFallbackAsync(StaffUser staff, long responderId, bool fallback, DateTimeOffset now, CancellationToken ct)
    {
        if (!staff.IsManager) return false;
        await using var tenant = await tenants.BeginAsync(staff.OrganisationId, ct);
        var (connection, transaction) = tenant;
        var changed = await connection.ExecuteAsync(
            "UPDATE responders SET fallback = @fallback WHERE id = @responderId AND organisation_id = @organisationId AND disabled_at IS NULL",
            new { responderId, fallback, organisationId = staff.OrganisationId }, transaction);
        if (changed == 0) return false;
        await AuditLog.RecordAsync(connection, transaction, staff.OrganisationId, staff.Actor,
            fallback ? "responder.fallback_on" : "responder.fallback_off", "responder:" + responderId, now, ct);
        await tenant.CommitAsync(ct);
        return true;
    }
}
