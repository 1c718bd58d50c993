using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Hotline.Storage.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hotline.Server.StaffConsole;

/// <summary>The "Hotline:ConsoleSignIn" settings: how often one source may post the sign-in and password forms, and
/// how many PBKDF2 computations the node runs at once.</summary>
public sealed class ConsoleSignInOptions
{
    public const string Section = "Hotline:ConsoleSignIn";

    /// <summary>Posts of the sign-in, code and password-change forms per client address per minute; more get 429
    /// before any password is hashed or any account is looked up.</summary>
    [Range(1, 10_000)]
    public int PostsPerMinute { get; set; } = 20;

    /// <summary>PBKDF2 computations at once on this node (each is 600,000 iterations on one core). The rest of the
    /// cores stay free for webhooks, whatever arrives at the sign-in form.</summary>
    [Range(1, 64)]
    public int ConcurrentHashes { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Sign-ins that may wait for a free hashing slot; beyond that the answer is 429 at once.</summary>
    [Range(0, 1000)]
    public int HashQueue { get; set; } = 8;
}

/// <summary>
/// The global limit on password hashing: sign-in and password change verify and hash through here, so however many
/// requests reach the forms (from however many sources), at most <see cref="ConsoleSignInOptions.ConcurrentHashes"/>
/// cores do PBKDF2 at once and the webhooks keep theirs.
/// </summary>
public sealed class PasswordHashing(IOptions<ConsoleSignInOptions> options) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.ConcurrentHashes, QueueLimit = options.Value.HashQueue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>True or false for the password, null when the node is too busy hashing to check it now.</summary>
    public async Task<bool?> VerifyAsync(string password, byte[]? stored, CancellationToken ct)
    {
        using var lease = await _limiter.AcquireAsync(1, ct);
        if (!lease.IsAcquired) return null;
        return StaffPassword.Verify(password.Length <= StaffPasswordRules.MaxLength ? password : "", stored);
    }

    /// <summary>The stored form of a new password, or null when the node is too busy hashing.</summary>
    public async Task<byte[]?> HashAsync(string password, CancellationToken ct)
    {
        using var lease = await _limiter.AcquireAsync(1, ct);
        return lease.IsAcquired ? StaffPassword.Hash(password) : null;
    }

    /// <summary>Holds one hashing slot (for a test of what happens when all are taken).</summary>
    internal ValueTask<RateLimitLease> HoldAsync(CancellationToken ct) => _limiter.AcquireAsync(1, ct);

    public void Dispose() => _limiter.Dispose();
}

public static class SignInLimits
{
    /// <summary>The rate-limiter policy on every anonymous or credential-checking console form post.</summary>
    public const string Policy = "console-sign-in";

    public static IServiceCollection AddSignInLimits(this IServiceCollection services)
    {
        services.AddOptions<ConsoleSignInOptions>().BindConfiguration(ConsoleSignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PasswordHashing>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) =>
            {
                // Counted by source only: never the email typed.
                rejected.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Hotline.Console")
                    .LogWarning("Console sign-in rate limit reached for a source");
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(Policy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<ConsoleSignInOptions>>().Value.PostsPerMinute;
                // The connection's address: behind a proxy that is the proxy's, unless forwarded headers are configured.
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ =>
                    new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return services;
    }
}
