using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Hotline.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, pg_ctl start on a free port bound to
/// 127.0.0.1, stopped and deleted on dispose. When HOTLINE_TEST_PG is set (a connection string to a server with
/// CREATEDB rights) it is used instead and nothing is started.
/// PostgreSQL refuses to run as root, so when we are root the server runs as the "postgres" system user.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string? _dataDir;
    private readonly string? _binDir;
    private readonly string? _runAs;
    private int _databaseCounter;

    private PostgresCluster(string adminConnectionString, string? dataDir, string? binDir, string? runAs)
    {
        AdminConnectionString = adminConnectionString;
        _dataDir = dataDir;
        _binDir = binDir;
        _runAs = runAs;
    }

    /// <summary>Superuser connection string to the "postgres" database.</summary>
    public string AdminConnectionString { get; }

    public static async Task<PostgresCluster> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("HOTLINE_TEST_PG");
        if (!string.IsNullOrWhiteSpace(external))
            return new PostgresCluster(external, null, null, null);

        var binDir = FindBinDir() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin). Install them: apt-get install -y postgresql");
        var runAs = IsRoot() ? "postgres" : null;
        var root = Path.Combine(Path.GetTempPath(), "hotline-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var dataDir = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        if (runAs is not null) await RunAsync("chown", null, "-R", runAs, root);

        await RunAsync(Path.Combine(binDir, "initdb"), runAs, "-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        var port = FreePort();
        var options = $"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={root} -c max_connections=500 -c fsync=on -c shared_buffers=128MB";
        await RunAsync(Path.Combine(binDir, "pg_ctl"), runAs, "-D", dataDir, "-o", options, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start");

        var cs = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", Pooling = false }.ConnectionString;
        return new PostgresCluster(cs, dataDir, binDir, runAs);
    }

    /// <summary>Creates a fresh, empty database and returns a pooled connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}_{Guid.NewGuid().ToString("N")[..6]}";
        await using (var conn = new NpgsqlConnection(AdminConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true, MaxPoolSize = 50 }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_dataDir is null || _binDir is null) return;
        try { await RunAsync(Path.Combine(_binDir, "pg_ctl"), _runAs, "-D", _dataDir, "-m", "immediate", "-w", "stop"); }
        catch (Exception) { /* already gone: the folder is removed below either way */ }
        try { Directory.Delete(Path.GetDirectoryName(_dataDir)!, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public static string? FindBinDir()
    {
        if (!Directory.Exists("/usr/lib/postgresql")) return null;
        return Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static bool IsRoot() => Environment.UserName == "root";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string? runAs, params string[] args)
    {
        var psi = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (runAs is not null)
        {
            psi.FileName = "runuser";
            psi.ArgumentList.Add("-u");
            psi.ArgumentList.Add(runAs);
            psi.ArgumentList.Add("--");
            psi.ArgumentList.Add(file);
        }
        else psi.FileName = file;
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({p.ExitCode}): {await stderr}{await stdout}");
    }
}
