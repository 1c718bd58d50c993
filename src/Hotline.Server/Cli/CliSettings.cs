namespace Hotline.Server.Cli;

/// <summary>Settings for commands that talk to the database: appsettings.json next to the binaries, then the environment.</summary>
public static class CliSettings
{
    /// <summary>ConnectionStrings:Hotline (environment: ConnectionStrings__Hotline), or null after saying it is missing.</summary>
    public static string? ConnectionString()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var connectionString = configuration.GetConnectionString("Hotline");
        if (string.IsNullOrWhiteSpace(connectionString))
            Console.Error.WriteLine("ConnectionStrings:Hotline is not set (environment: ConnectionStrings__Hotline).");
        return string.IsNullOrWhiteSpace(connectionString) ? null : connectionString;
    }
}
