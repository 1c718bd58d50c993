namespace Hotline.Server.Startup;

/// <summary>Finds the content folder: as configured (absolute, or relative to the working directory), else next to
/// the application (the build copies content/ there), else in a parent folder (running from a source checkout).</summary>
public static class ContentPaths
{
    public static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured)) return configured;
        var candidates = new List<string> { Path.GetFullPath(configured), Path.Combine(AppContext.BaseDirectory, configured) };
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            candidates.Add(Path.Combine(dir.FullName, configured));
        return candidates.FirstOrDefault(Directory.Exists)
            ?? throw new DirectoryNotFoundException($"Content folder '{configured}' not found (Hotline:ContentPath).");
    }
}
