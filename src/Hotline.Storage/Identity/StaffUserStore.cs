using Dapper;
using Hotline.Storage.Admin;
using Hotline.Storage.Protection;
using Npgsql;

namespace Hotline.Storage.Identity;

/// <summary>Staff accounts: creation (from the CLI only: there are no default accounts), sign-in look-ups and the
/// lock-out counter.</summary>
public sealed class StaffUserStore(NpgsqlDataSource dataSource, FieldProtector protector)
{
    public const string TotpPurpose = "staff_users.totp_secret";

    /// <summary>Failures counted within this window lock the account.</summary>
    public static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(15);
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(15);

    /// <summary>Creates an account with a generated one-time password and TOTP secret. The organisation is
    /// created when no organisation has that exact name.</summary>
    public async Task<CreatedStaffUser> CreateAsync(string organisation, string email, string displayName, string role,
        long? responderId, DateTimeOffset now, CancellationToken ct)
    {
        if (!StaffRoles.All.Contains(role)) throw new ArgumentException("Unknown role.", nameof(role));
        var password = StaffPassword.Generate();
        var secret = Totp.NewSecret();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var existing = await connection.ExecuteScalarAsync<long?>("SELECT id FROM organisations WHERE name = @organisation",
            new { organisation }, transaction);
        var organisationId = existing ?? await connection.ExecuteScalarAsync<long>(
            "INSERT INTO organisations (name, created_at) VALUES (@organisation, @now) RETURNING id",
            new { organisation, now = now.UtcDateTime }, transaction);
        if (responderId is not null && !await connection.ExecuteScalarAsync<bool>(
                "SELECT EXISTS (SELECT 1 FROM responders WHERE id = @responderId AND organisation_id = @organisationId)",
                new { responderId, organisationId }, transaction))
            throw new ArgumentException("No responder with that id in this organisation.", nameof(responderId));
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO staff_users (organisation_id, email, display_name, role, responder_id, password_hash, totp_secret_enc, created_at)
            VALUES (@organisationId, @email, @displayName, @role, @responderId, @hash, @secret, @now)
            RETURNING id
            """,
            new
            {
                organisationId, email = Normalise(email), displayName, role, responderId, hash = StaffPassword.Hash(password),
                secret = protector.Encrypt(Base32.Encode(secret), TotpPurpose), now = now.UtcDateTime,
            }, transaction);
        await AuditLog.RecordAsync(connection, transaction, organisationId, AuditLog.CliActor, "staff_user.create", "staff_user:" + id, now, ct);
        await transaction.CommitAsync(ct);
        return new CreatedStaffUser(id, organisationId, existing is null, password, secret);
    }

    public async Task<StaffCredentials?> FindByEmailAsync(string email, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<StaffCredentials>(
            """
            SELECT id AS Id, organisation_id AS OrganisationId, password_hash AS PasswordHash, totp_secret_enc AS TotpSecretEnc,
                   totp_last_step AS TotpLastStep, locked_until AS LockedUntil, disabled_at AS DisabledAt
            FROM staff_users WHERE email = @email
            """, new { email = Normalise(email) });
    }

    public async Task<StaffCredentials?> FindAsync(long id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<StaffCredentials>(
            """
            SELECT id AS Id, organisation_id AS OrganisationId, password_hash AS PasswordHash, totp_secret_enc AS TotpSecretEnc,
                   totp_last_step AS TotpLastStep, locked_until AS LockedUntil, disabled_at AS DisabledAt
            FROM staff_users WHERE id = @id
            """, new { id });
    }

    public byte[] TotpSecret(StaffCredentials credentials) => Base32.Decode(protector.Decrypt(credentials.TotpSecretEnc, TotpPurpose));

    /// <summary>Counts a failed password or code. The fifth failure within the window locks the account.</summary>
    /// <returns>True when the account is now locked.</returns>
    public async Task<bool> RecordFailureAsync(long id, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // One statement, so two simultaneous failures both count.
        return await connection.ExecuteScalarAsync<bool>(
            """
            UPDATE staff_users SET
                failed_attempts = CASE WHEN first_failed_at IS NULL OR first_failed_at <= @windowStart THEN 1 ELSE failed_attempts + 1 END,
                first_failed_at = CASE WHEN first_failed_at IS NULL OR first_failed_at <= @windowStart THEN @now ELSE first_failed_at END,
                locked_until = CASE WHEN first_failed_at > @windowStart AND failed_attempts + 1 >= @max THEN @lockedUntil ELSE locked_until END
            WHERE id = @id
            RETURNING locked_until IS NOT NULL AND locked_until > @now
            """,
            new { id, now = now.UtcDateTime, windowStart = (now - FailureWindow).UtcDateTime, max = MaxFailures, lockedUntil = (now + LockDuration).UtcDateTime });
    }

    /// <summary>A complete sign-in: the failure count starts again and the code's step is used up.</summary>
    /// <returns>False when another sign-in used this step first.</returns>
    public async Task<bool> RecordSuccessAsync(long id, long totpStep, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(
            "UPDATE staff_users SET failed_attempts = 0, first_failed_at = NULL, totp_last_step = @totpStep WHERE id = @id AND totp_last_step < @totpStep",
            new { id, totpStep }) == 1;
    }

    /// <summary>Disables an account and ends all its sessions at once.</summary>
    public async Task<bool> DisableAsync(string email, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var rows = (await connection.QueryAsync<(long Id, long OrganisationId)>(
            "UPDATE staff_users SET disabled_at = @now WHERE email = @email AND disabled_at IS NULL RETURNING id, organisation_id",
            new { email = Normalise(email), now = now.UtcDateTime }, transaction)).ToList();
        if (rows.Count == 0) return false;
        var found = rows[0];
        await connection.ExecuteAsync("UPDATE staff_sessions SET revoked_at = @now WHERE staff_user_id = @id AND revoked_at IS NULL",
            new { id = found.Id, now = now.UtcDateTime }, transaction);
        await AuditLog.RecordAsync(connection, transaction, found.OrganisationId, AuditLog.CliActor, "staff_user.disable", "staff_user:" + found.Id, now, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();
}
