using Hotline.Storage.Admin;
using Microsoft.AspNetCore.Authentication;

namespace Hotline.Server.Api;

/// <summary>
/// The admin and integration API under /api (API-key authenticated, OpenAPI document at /openapi/v1.json).
/// Deny by default: the authorization requirement is set on the /api group, so an endpoint added to the group
/// cannot be reached without a key (a test walks every endpoint to hold this).
/// </summary>
public static class AdminApiModule
{
    public static IServiceCollection AddAdminApi(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyAuthenticationHandler.Policy, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireClaim(ApiKeyAuthenticationHandler.OrganisationClaim));
        services.AddOpenApi(options =>
        {
            // The document describes the admin API only; webhooks, health and the simulator are not its business.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<ApiKeySecurityTransformer>();
        });

        services.AddSingleton<ApiRequests>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<OrganisationStore>();
        services.AddSingleton<ResponderStore>();
        services.AddSingleton<ShiftStore>();
        services.AddSingleton<CaseReadStore>();
        services.AddSingleton<CaseAdminStore>();
        services.AddSingleton<Hotline.Storage.CheckIns.EnrolmentStore>();
        services.AddSingleton<Hotline.Storage.CheckIns.CheckInOutcomeStore>();
        services.AddSingleton<Hotline.Storage.Statistics.StatisticsStore>();
        return services;
    }

    public static WebApplication MapAdminApi(this WebApplication app)
    {
        // Placed here, after the exception handler, so that a database failure during key look-up gets the same
        // generic answer as any other failure.
        app.Use(async (context, next) =>
        {
            // API answers carry cases, responders and enrolments: no browser or proxy may keep a copy. Set as the
            // response starts, so error answers (401, the exception handler's) carry it too.
            if (context.Request.Path.StartsWithSegments("/api"))
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    return Task.CompletedTask;
                });
            await next();
        });
        app.UseAuthentication();
        app.UseAuthorization();

        var api = app.MapGroup("/api")
            .RequireAuthorization(ApiKeyAuthenticationHandler.Policy)
            .DisableAntiforgery();
        api.MapOrganisation();
        api.MapResponders();
        api.MapShifts();
        api.MapOnCall();
        api.MapCases();
        api.MapAgencies();
        api.MapEnrolments();
        api.MapStatistics();

        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
