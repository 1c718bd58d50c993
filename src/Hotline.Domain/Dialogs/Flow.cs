namespace Hotline.Domain.Dialogs;

/// <summary>A named conversation: nodes in the order they were written, entered at <see cref="Start"/>.</summary>
public sealed record Flow(string Id, string File, string Start, IReadOnlyDictionary<string, Node> Nodes, IReadOnlyList<string> Order)
{
    public string? Description { get; init; }

    /// <summary>Matching keys of the words that start this flow when a person sends exactly one of them while idle.</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];
}
