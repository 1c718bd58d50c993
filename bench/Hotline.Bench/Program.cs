using System.Reflection;
using Hotline.Bench;

var commands = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmarkCommand).IsAssignableFrom(t))
    .Select(t => (IBenchmarkCommand)Activator.CreateInstance(t)!)
    .OrderBy(c => c.Name, StringComparer.Ordinal)
    .ToList();

var chosen = args.Length > 0 ? commands.FirstOrDefault(c => c.Name == args[0]) : null;
if (chosen is null)
{
    Console.WriteLine("usage: Hotline.Bench <benchmark> [options]");
    foreach (var c in commands) Console.WriteLine($"  {c.Name,-14} {c.Description}");
    return args.Length == 0 ? 0 : 2;
}

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
return await chosen.RunAsync(args[1..], cts.Token);
