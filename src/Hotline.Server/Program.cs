using Hotline.Server;
using Hotline.Server.Cli;

// `Hotline.Server` runs the service; `Hotline.Server <command>` runs a command and exits.
if (args.Length > 0 && CommandLine.TryGet(args[0]) is { } command)
    return await command(args[1..]);

var app = HotlineApp.Build(args);
await app.RunAsync();
return 0;

public partial class Program;
