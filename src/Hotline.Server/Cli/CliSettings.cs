namespace Hotline.Server.Cli;

/// <summary>Settings for commands that talk to the database: appsettings.json next to the binaries, then the environment.</summary>
public static class CliSettings
{
    /// <summary>ConnectionStrings:Hotline (environment: ConnectionStrings__Hotline), or null after saying it is missing.</summary>
    public static string? ConnectionString()
    {
        var connectionString = Configuration().GetConnectionString("Hotline");
        if (string.IsNullOrWhiteSpace(connectionString))
            Console.Error.WriteLine("ConnectionStrings:Hotline is not set (environment: ConnectionStrings__Hotline).");
        return string.IsNullOrWhiteSpace(connectionString) ? null : connectionString;
    }

    /// <summary>Hotline:EncryptionKey (environment: Hotline__EncryptionKey) — the service's own key, since what the
    /// command stores must be readable by the service — or null after saying it is missing.</summary>
    public static Hotline.Storage.Protection.FieldProtector? Protector()
    {
        var key = Configuration()["Hotline:EncryptionKey"];
        if (!string.IsNullOrWhiteSpace(key)) return Hotline.Storage.Protection.FieldProtector.FromBase64(key);
        Console.Error.WriteLine("Hotline:EncryptionKey is not set (environment: Hotline__EncryptionKey): use the service's key.");
        return null;
    }

    /// <summary>The content folder the service uses (Hotline:ContentPath, default content).</summary>
    public static string ContentPath() => Startup.ContentPaths.Resolve(Configuration()["Hotline:ContentPath"] ?? "content");

    private static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();
}
