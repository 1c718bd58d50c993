using Dapper;
using Hotline.Storage.Admin;
using Hotline.Storage.Protection;
using Npgsql;

namespace Hotline.Storage.Identity;

/// <summary>Staff accounts: creation (from the CLI only: there are no default accounts), sign-in look-ups, the
/// attempt counter with its progressive delay, and password changes.</summary>
public sealed class StaffUserStore(NpgsqlDataSource dataSource, FieldProtector protector)
{
    public const string TotpPurpose = "staff_users.totp_secret";

    /// <summary>Failures are counted until a sign-in succeeds, or this long after the first of them.</summary>
    public static readonly TimeSpan FailureWindow = TimeSpan.FromHours(24);
    public const int MaxFailures = 5;
    /// <summary>The delay after the fifth failure; it doubles with each further one, up to <see cref="MaxDelay"/>.</summary>
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(15);

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

    /// <summary>
    /// Claims one attempt (a password or a code) before it is evaluated, in one statement: the attempt is counted
    /// first, as if it will fail, and from the fifth the account waits a progressive delay (1, 2, 4, 8, 15 minutes)
    /// before the next attempt is evaluated. Of any number of simultaneous attempts, only as many as are left before the
    /// delay are evaluated. <paramref name="knownDevice"/> (a browser this account has signed in on before) is not held
    /// by the delay, so someone who only knows the email can never keep the person out of their own browser.
    /// </summary>
    /// <returns>The claim when this attempt may be evaluated, null when it may not (the account is in its delay).</returns>
    public async Task<AttemptClaim?> ClaimAttemptAsync(long id, DateTimeOffset now, bool knownDevice, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var claimed = (await connection.QueryAsync<(long Id, DateTime? PreviousDelay)>(
            """
            WITH counted AS (
                SELECT id, locked_until AS previous,
                       CASE WHEN first_failed_at IS NULL OR first_failed_at <= @windowStart THEN 1 ELSE failed_attempts + 1 END AS attempts
                FROM staff_users WHERE id = @id
                FOR UPDATE) -- waits for a simultaneous claim and then reads its result: the count is never read stale
            UPDATE staff_users u SET
                failed_attempts = c.attempts,
                first_failed_at = CASE WHEN u.first_failed_at IS NULL OR u.first_failed_at <= @windowStart THEN @now ELSE u.first_failed_at END,
                locked_until = CASE WHEN c.attempts >= @max
                                    THEN @now + least(@firstDelay * power(2, c.attempts - @max), @maxDelay)
                                    ELSE u.locked_until END
            FROM counted c
            WHERE u.id = c.id AND (@knownDevice OR u.locked_until IS NULL OR u.locked_until <= @now)
            RETURNING u.id, c.previous
            """,
            new
            {
                id, now = now.UtcDateTime, windowStart = (now - FailureWindow).UtcDateTime, max = MaxFailures, knownDevice,
                firstDelay = FirstDelay, maxDelay = MaxDelay,
            })).ToList();
        return claimed.Count == 0 ? null : new AttemptClaim(id, claimed[0].PreviousDelay);
    }

    /// <summary>A right password gives its claimed attempt back, and the delay the claim may have started is put back
    /// as it was: a right password leaves the account as it found it (the code step claims its own attempt).</summary>
    public async Task ReleaseAttemptAsync(AttemptClaim claim, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(
            "UPDATE staff_users SET failed_attempts = greatest(failed_attempts - 1, 0), locked_until = @previous WHERE id = @id",
            new { id = claim.StaffUserId, previous = claim.PreviousDelay });
    }

    /// <summary>Lifts the sign-in delay of an account (the operator's CLI, or an admin of the same organisation).</summary>
    public async Task<bool> UnlockAsync(string email, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var found = (await connection.QueryAsync<(long Id, long OrganisationId)>(
            "UPDATE staff_users SET failed_attempts = 0, first_failed_at = NULL, locked_until = NULL WHERE email = @email RETURNING id, organisation_id",
            new { email = Normalise(email) }, transaction)).ToList();
        if (found.Count == 0) return false;
        var row = found[0];
        await AuditLog.RecordAsync(connection, transaction, row.OrganisationId, AuditLog.CliActor, "staff_user.unlock", "staff_user:" + row.Id, now, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Sets a new password for the account behind a live, complete session, proven by its token, and ends its
    /// other sessions (function <c>staff_change_password</c>, migration 0014; the audit row is written there).
    /// The caller has checked the current password.</summary>
    /// <returns>False when the session is not valid (any more).</returns>
    public async Task<bool> ChangePasswordAsync(string sessionToken, byte[] newHash, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long?>(
            "SELECT staff_change_password(@sessionToken, @hash, @idle, @lifetime, @now)",
            new
            {
                sessionToken, hash = newHash, idle = StaffSessionStore.IdleTimeout,
                lifetime = StaffSessionStore.AbsoluteLifetime, now = now.UtcDateTime,
            }) is not null;
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
