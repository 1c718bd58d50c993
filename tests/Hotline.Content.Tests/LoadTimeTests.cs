using System.Diagnostics;

namespace Hotline.Content.Tests;

/// <summary>Timing tests run alone, after the others: the content tests load the snapshot many times in parallel.</summary>
[CollectionDefinition(nameof(LoadTimeTests), DisableParallelization = true)]
public sealed class LoadTimeCollection;

[Collection(nameof(LoadTimeTests))]
public sealed class LoadTimeTests
{
    [Fact]
    public void The_content_snapshot_loads_in_under_200_milliseconds()
    {
        ContentLoader.Load(RepositoryContent.ContentDirectory);
        var clock = Stopwatch.StartNew();

        ContentLoader.Load(RepositoryContent.ContentDirectory);

        Assert.True(clock.ElapsedMilliseconds < 200, $"took {clock.ElapsedMilliseconds} ms");
    }
}
