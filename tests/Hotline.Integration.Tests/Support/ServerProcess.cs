using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hotline.Integration.Tests.Support;

/// <summary>The built server run as a real separate process (`dotnet Hotline.Server.dll`), so a test can kill it
/// with SIGKILL and start it again on the same database.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    /// <summary>Runs one command of the built server (`dotnet Hotline.Server.dll ARGS`) to its end, as an operator would,
    /// with settings in the environment; returns its exit code and everything it printed.</summary>
    public static async Task<(int Exit, string Output)> RunCommandAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Hotline.Server.dll"));
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string> environment, int? port = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Hotline.Server.dll");
        var url = $"http://127.0.0.1:{port ?? FreePort()}";
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add(url);
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment) psi.Environment[key] = value;
        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The server process exited with {process.ExitCode} while starting.");
            try
            {
                if ((await http.GetAsync(url + "/health/ready")).StatusCode == HttpStatusCode.OK) return new ServerProcess(process, url);
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The server process did not become ready in 60 s.");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — as a power cut or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
