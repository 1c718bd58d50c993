using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;

namespace Hotline.Storage.Identity;

/// <summary>
/// Console sessions, checked on the server on every request: the cookie holds a random token and the table holds
/// its SHA-256. A session is refused once revoked (logout, account disabled), idle for longer than the idle timeout
/// or older than the absolute lifetime. A sign-in first gets a half session (password checked, code not yet),
/// which is only good for the code form and is replaced by a new token once the code is right.
/// </summary>
public sealed class StaffSessionStore(NpgsqlDataSource dataSource)
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);
    public static readonly TimeSpan SecondFactorWindow = TimeSpan.FromMinutes(5);

    /// <summary>Starts the half session of a sign-in whose password was right, and returns the token for the cookie
    /// (shown nowhere else, stored only hashed). Null when the account is disabled. The worker role cannot insert
    /// sessions itself: this goes through <c>staff_session_begin</c> (migration 0014), which never makes a full one.</summary>
    public async Task<string?> BeginAsync(long staffUserId, DateTimeOffset now, CancellationToken ct)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<bool?>("SELECT staff_session_begin(@id, @staffUserId, @now)",
            new { id = Id(token), staffUserId, now = now.UtcDateTime }) == true ? token : null;
    }

    /// <summary>Exchanges a live half session for a full one once the code was right (<c>staff_session_complete</c>):
    /// the code's time step is used up, the failure count starts again, the half session is revoked and a new token
    /// is issued (a token seen before sign-in completed is worth nothing after).</summary>
    /// <returns>The new token, or null when the half session is no longer valid or another sign-in used this step.</returns>
    public async Task<string?> CompleteAsync(string halfToken, long totpStep, DateTimeOffset now, CancellationToken ct)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long?>("SELECT staff_session_complete(@halfId, @id, @totpStep, @window, @now)",
            new { halfId = Id(halfToken), id = Id(token), totpStep, window = SecondFactorWindow, now = now.UtcDateTime }) is not null ? token : null;
    }

    /// <summary>The user behind a full session, or null. <paramref name="touch"/> counts the request as activity
    /// (a page the person opened); the queue's automatic refresh does not, so an unattended screen still times out.</summary>
    public async Task<StaffUser?> ValidateAsync(string? token, DateTimeOffset now, bool touch, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<StaffUser>(
            """
            UPDATE staff_sessions s SET last_seen_at = CASE WHEN @touch THEN @now ELSE s.last_seen_at END
            FROM staff_users u
            WHERE s.id = @id AND u.id = s.staff_user_id AND s.revoked_at IS NULL AND s.second_factor_at IS NOT NULL
              AND s.last_seen_at > @idleSince AND s.created_at > @createdSince AND u.disabled_at IS NULL
            RETURNING u.id AS Id, u.organisation_id AS OrganisationId, u.email AS Email, u.display_name AS DisplayName,
                      u.role AS Role, u.responder_id AS ResponderId
            """,
            new
            {
                id = Id(token), touch, now = now.UtcDateTime, idleSince = (now - IdleTimeout).UtcDateTime,
                createdSince = (now - AbsoluteLifetime).UtcDateTime,
            });
    }

    /// <summary>The account behind a half session (password checked, waiting for the code), or null.</summary>
    public async Task<long?> PendingUserAsync(string? token, DateTimeOffset now, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long?>(
            """
            SELECT s.staff_user_id FROM staff_sessions s JOIN staff_users u ON u.id = s.staff_user_id
            WHERE s.id = @id AND s.revoked_at IS NULL AND s.second_factor_at IS NULL AND s.created_at > @since AND u.disabled_at IS NULL
            """, new { id = Id(token), since = (now - SecondFactorWindow).UtcDateTime });
    }

    public async Task RevokeAsync(string? token, DateTimeOffset now, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await connection.ExecuteAsync("UPDATE staff_sessions SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL",
            new { id = Id(token), now = now.UtcDateTime });
    }

    /// <summary>The stored id of a token: its SHA-256. Also what anti-forgery tokens are bound to.</summary>
    public static byte[] Id(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
