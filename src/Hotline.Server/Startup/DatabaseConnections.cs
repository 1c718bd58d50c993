using Hotline.Storage.Tenancy;
using Npgsql;

namespace Hotline.Server.Startup;

/// <summary>
/// The three ways the service connects to PostgreSQL. <c>ConnectionStrings:Hotline</c> is the owner of the tables: it
/// runs migrations and Quartz's own tables, nothing else. The running service reads and writes as
/// <c>hotline_tenant</c> (<c>ConnectionStrings:HotlineTenant</c>) and <c>hotline_worker</c>
/// (<c>ConnectionStrings:HotlineWorker</c>). When those are not set they are the owner's connection string with the
/// user name replaced (and no password): the development and test path on a cluster that trusts local connections,
/// where the service also gives the roles LOGIN. In production the operator sets both, with each role's password.
/// </summary>
public sealed record DatabaseConnections(string Owner, string Tenant, string Worker, bool Derived)
{
    /// <summary>The service key of the owner's pool (migrations, Quartz). The worker's pool is the container's plain
    /// <see cref="NpgsqlDataSource"/>; the tenant's is reached through <see cref="TenantDatabase"/> only.</summary>
    public const string OwnerKey = "owner";
    public const string TenantKey = "tenant";

    public static DatabaseConnections From(IConfiguration configuration)
    {
        var owner = configuration.GetConnectionString("Hotline");
        if (string.IsNullOrWhiteSpace(owner))
            throw new InvalidOperationException("ConnectionStrings:Hotline is not set. The run script (scripts/run.sh) starts a local PostgreSQL and sets it for you.");
        var tenant = configuration.GetConnectionString("HotlineTenant");
        var worker = configuration.GetConnectionString("HotlineWorker");
        if (string.IsNullOrWhiteSpace(tenant) != string.IsNullOrWhiteSpace(worker))
            throw new InvalidOperationException("Set both ConnectionStrings:HotlineTenant and ConnectionStrings:HotlineWorker, or neither (development: both derived from ConnectionStrings:Hotline).");
        return string.IsNullOrWhiteSpace(tenant)
            ? new DatabaseConnections(owner, As(owner, RuntimeRoles.Tenant), As(owner, RuntimeRoles.Worker), Derived: true)
            : new DatabaseConnections(owner, tenant, worker!, Derived: false);
    }

    private static string As(string owner, string role) =>
        new NpgsqlConnectionStringBuilder(owner) { Username = role, Password = null, Passfile = null }.ConnectionString;
}
