namespace Hotline.Server.Cli;

/// <summary>The commands the server binary runs instead of serving: `chat`, `content check`, `migrate`.</summary>
public static class CommandLine
{
    public static Func<string[], Task<int>>? TryGet(string name) => name switch
    {
        "chat" => ChatCommand.RunAsync,
        "content" => ContentCommand.RunAsync,
        "migrate" => MigrateCommand.RunAsync,
        "agencies" => AgenciesCommand.RunAsync,
        "enrolments" => EnrolmentsCommand.RunAsync,
        "apikey" => ApiKeyCommand.RunAsync,
        "staff" => StaffCommand.RunAsync,
        "help" or "--help" or "-h" => _ => { PrintUsage(); return Task.FromResult(0); },
        _ => null,
    };

    public static void PrintUsage() => Console.WriteLine("""
        Hotline.Server                       run the service (settings from appsettings.json and the environment)
        Hotline.Server chat [--url URL] [--number +855…]
                                             talk to a running service's simulator from the terminal
        Hotline.Server content check [DIR]   validate the content folder and print the SMS cost of every text
        Hotline.Server migrate               apply pending database migrations and exit
        Hotline.Server agencies import FILE  import the licensed-agency register (CSV); refused whole on any error
        Hotline.Server enrolments import --organisation NAME FILE
                                             enrol clients for check-ins from CSV (docs/checkins.md); refused whole on any error
        Hotline.Server apikey create --organisation NAME [--name LABEL] | revoke --id N | list
                                             admin API keys (creates the organisation if new; the key is shown once)
        Hotline.Server staff create-admin --organisation NAME --email E | create … --role R | disable --email E
                                             console accounts (no default accounts; password and TOTP shown once)
        """);

    /// <summary>Value of "--name value" in args, or the fallback.</summary>
    public static string Option(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }
}
