using Hotline.Domain.Dialogs;
using Xunit.Abstractions;

namespace Hotline.Content.Tests;

public sealed class ContentCheckTests(ITestOutputHelper output)
{
    [Fact]
    public void The_repository_content_passes_the_check()
    {
        var report = ContentChecker.Check(RepositoryContent.ContentDirectory);
        output.WriteLine(report.ToTable());

        Assert.True(!report.HasErrors, report.ToTable());
        Assert.NotNull(report.Snapshot);
    }
}
