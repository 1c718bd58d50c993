using System.Reflection;
using Hotline.Integration.Tests.Support;
using Hotline.Storage.Admin;
using Hotline.Storage.Agencies;
using Hotline.Storage.CheckIns;
using Hotline.Storage.Identity;
using Hotline.Storage.Tenancy;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hotline.Integration.Tests.Security;

/// <summary>
/// Console pages and /api endpoints reach tenant data through <see cref="TenantDatabase"/> (row-level security bound
/// to the caller's organisation), not through the plain <see cref="NpgsqlDataSource"/>, which is the worker's pool and
/// sees every organisation. A handler, or a service it takes, that asks for the worker's pool fails here unless it is
/// listed with the reason it must work before or across organisations. See docs/security.md, "Writing tenant code".
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TenantAccessTests(PostgresFixture postgres)
{
    private static readonly Dictionary<string, string> WorkerRoutes = new()
    {
        ["/console/login"] = "sign-in: the account's organisation is not known until the password is checked",
        ["/console/login/code"] = "sign-in: the second step, still before a session exists",
    };

    private static readonly Dictionary<Type, string> WorkerServices = new()
    {
        [typeof(StaffUserStore)] = "sign-in looks an account up by email, before its organisation is known",
        [typeof(StaffSessionStore)] = "a session cookie is checked before its organisation is known",
        [typeof(ApiKeyStore)] = "an API key is looked up before its organisation is known",
        [typeof(AgencyRegisterStore)] = "the licensed-agency register is national, shared by every organisation",
        [typeof(Hotline.Server.Startup.ContentEngineHost)] = "the dialog engine reads the national agency register",
        [typeof(CheckInStore)] = "its ticks route across organisations; EnrolAsync, the one method the API calls, uses TenantDatabase",
        [typeof(CheckInOutcomeStore)] = "the overall check-in figures count every organisation's rounds together (counts only, <5 below five); one organisation's are read with TenantDatabase",
    };

    [Fact]
    public async Task Console_and_api_endpoints_reach_the_database_as_the_tenant_unless_listed_with_a_reason()
    {
        await using var server = await HotlineTestServer.StartAsync(postgres, engine: new ScriptedEngine());
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/console", StringComparison.Ordinal) || raw.StartsWith("/api/", StringComparison.Ordinal)))
            .ToList();
        var offenders = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText!;
            var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
            Assert.True(handler is not null, $"{route}: no handler method to inspect");
            foreach (var parameter in handler!.GetParameters())
            {
                var type = parameter.ParameterType;
                if (type == typeof(NpgsqlDataSource) && !WorkerRoutes.ContainsKey(route))
                    offenders.Add($"{route} takes NpgsqlDataSource ({parameter.Name})");
                else if (type != typeof(NpgsqlDataSource) && !WorkerServices.ContainsKey(Implementation(server, type)) && TakesWorkerPool(Implementation(server, type)))
                    offenders.Add($"{route} takes {type.Name}, which takes NpgsqlDataSource");
            }
        }
        Assert.True(offenders.Count == 0, "use TenantDatabase (docs/security.md) or list the reason here:\n" + string.Join("\n", offenders.Distinct()));
        Assert.Contains(endpoints, e => e.Metadata.GetMetadata<MethodInfo>()!.GetParameters().Any(p => p.ParameterType == typeof(TenantDatabase)));
    }

    /// <summary>The registered implementation of a service type (the type itself when it is not a registered interface).</summary>
    private static Type Implementation(HotlineTestServer server, Type type) =>
        type.IsInterface && server.Services.GetService(type) is { } service ? service.GetType() : type;

    private static bool TakesWorkerPool(Type type) =>
        type != typeof(TenantDatabase) // built on the tenant's pool
        && type.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(NpgsqlDataSource)
            && p.GetCustomAttribute<FromKeyedServicesAttribute>() is null));
}
