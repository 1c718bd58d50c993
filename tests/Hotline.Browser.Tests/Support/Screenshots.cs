namespace Hotline.Browser.Tests.Support;

/// <summary>Where the console's screenshots are saved: <c>TestResults/screenshots</c> in the test output folder, or
/// the folder named by <see cref="FolderVariable"/>.</summary>
public static class Screenshots
{
    public const string FolderVariable = "HOTLINE_SCREENSHOTS";

    public static string Folder { get; } = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } set
        ? Path.GetFullPath(set)
        : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Saves the whole page as <c>{name}.png</c> and returns the file's path.</summary>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
