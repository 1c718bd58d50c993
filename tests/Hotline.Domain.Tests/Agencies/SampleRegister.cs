using Hotline.Domain.Agencies;

namespace Hotline.Domain.Tests.Agencies;

/// <summary>The register shipped in content/agencies, read once for the tests that measure lookup against it.</summary>
internal static class SampleRegister
{
    private static readonly Lazy<AgencyRegister> Loaded = new(() =>
    {
        var path = RepositoryFile.Find("content", "agencies", "sample-register.csv");
        using var reader = new StreamReader(path);
        var result = AgencyCsv.Parse(reader);
        if (!result.IsValid) throw new InvalidOperationException(string.Join("; ", result.Errors));
        return new AgencyRegister(result.Agencies);
    });

    public static AgencyRegister Register => Loaded.Value;
}

/// <summary>Finds a file of the repository from this source file's location, wherever the binaries were built.</summary>
internal static class RepositoryFile
{
    public static string Find(params string[] parts)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(SourceFile())!); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("repository file not found: " + Path.Combine(parts));
    }

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
