namespace Hotline.Server.Api;

/// <summary>The admin and integration API under /api (API-key authenticated, OpenAPI document).</summary>
public static class AdminApiModule
{
    public static IServiceCollection AddAdminApi(this IServiceCollection services) => services;

    public static WebApplication MapAdminApi(this WebApplication app) => app;
}
