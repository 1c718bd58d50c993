using System.Runtime.CompilerServices;

namespace Hotline.Content.Tests;

/// <summary>
/// The repository's own folders, found by walking up to the folder holding Hotline.sln: from the test assembly
/// first, then from the working directory and this source file (builds with a separate artifacts folder).
/// </summary>
internal static class RepositoryContent
{
    private static readonly Lazy<string> Root = new(() =>
        new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), SourceDirectory() }
            .Select(FindRoot)
            .FirstOrDefault(r => r is not null)
        ?? throw new InvalidOperationException("Hotline.sln not found above the test assembly"));

    public static string RootDirectory => Root.Value;

    public static string ContentDirectory => Path.Combine(Root.Value, "content");

    public static string TranscriptsDirectory => Path.Combine(Root.Value, "tests", "Hotline.Content.Tests", "Transcripts");

    private static string? FindRoot(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hotline.sln"))) dir = dir.Parent;
        return dir?.FullName;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? "";
}
