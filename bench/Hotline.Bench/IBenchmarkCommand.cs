namespace Hotline.Bench;

/// <summary>One benchmark: a name to call it by and a run that prints its figures. One per file.</summary>
public interface IBenchmarkCommand
{
    string Name { get; }
    string Description { get; }
    Task<int> RunAsync(string[] args, CancellationToken cancellationToken);
}
