using System.Security.Claims;
using System.Text.Encodings.Web;
using Hotline.Storage.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hotline.Server.Api;

/// <summary>
/// API keys: <c>Authorization: Bearer hk_…</c> or <c>X-Api-Key: hk_…</c>. The key is hashed and looked up; a missing,
/// unknown or revoked key is a 401 with a JSON reason. A presented key that fails is written to the audit log (by
/// key id when the key is known, never the key itself) and logged by reason only.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory loggerFactory, UrlEncoder encoder,
    ApiKeyStore keys, NpgsqlDataSource dataSource, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Policy = "ApiKey";
    public const string OrganisationClaim = "hotline:organisation_id";
    public const string KeyClaim = "hotline:api_key_id";

    private string _reason = "An API key is required: send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Keys are for /api only: a header sent to /health or a webhook is ignored, not looked up and not audited
        // (otherwise anyone could fill the audit log from an unauthenticated path).
        if (!Request.Path.StartsWithSegments("/api")) return AuthenticateResult.NoResult();
        var key = PresentedKey(Request);
        if (key is null) return AuthenticateResult.NoResult();

        var found = await keys.FindAsync(key, Context.RequestAborted);
        if (found is null || found.Revoked)
        {
            _reason = found is null ? "The API key is not recognised." : "The API key has been revoked.";
            Logger.LogWarning("API key rejected ({Reason}), key id {ApiKeyId}", found is null ? "unknown" : "revoked", found?.Id);
            await AuditLog.RecordAsync(dataSource, found?.OrganisationId, found is null ? AuditLog.UnknownActor : AuditLog.ApiKeyActor(found.Id),
                "api_key.rejected", found is null ? "unknown_key" : "revoked_key", time.GetUtcNow(), CancellationToken.None);
            return AuthenticateResult.Fail(_reason);
        }

        var identity = new ClaimsIdentity(
            [new Claim(OrganisationClaim, found.OrganisationId.ToString()), new Claim(KeyClaim, found.Id.ToString())], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Response.WriteAsJsonAsync(new ApiError("unauthorized", _reason));
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Response.WriteAsJsonAsync(new ApiError("forbidden", "This API key may not do this."));
    }

    private static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return authorization["Bearer ".Length..].Trim() is { Length: > 0 } bearer ? bearer : null;
        return request.Headers["X-Api-Key"].ToString().Trim() is { Length: > 0 } header ? header : null;
    }
}

/// <summary>The organisation and key behind an authenticated /api request; every store call is scoped by it.</summary>
public sealed record ApiCaller(long OrganisationId, long ApiKeyId)
{
    public string Actor => AuditLog.ApiKeyActor(ApiKeyId);

    public static ValueTask<ApiCaller?> BindAsync(HttpContext context)
    {
        var user = context.User;
        return ValueTask.FromResult(
            long.TryParse(user.FindFirstValue(ApiKeyAuthenticationHandler.OrganisationClaim), out var organisation)
            && long.TryParse(user.FindFirstValue(ApiKeyAuthenticationHandler.KeyClaim), out var key)
                ? new ApiCaller(organisation, key)
                : null);
    }
}

/// <summary>A plain error body: a stable code and a sentence for people.</summary>
public sealed record ApiError(string Error, string Reason);
