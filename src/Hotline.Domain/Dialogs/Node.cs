namespace Hotline.Domain.Dialogs;

/// <summary>
/// One step of a flow. Each kind lives in its own file under <c>Nodes/</c> with its YAML form in the doc
/// comment, a <c>Build</c> that reads that form and <see cref="Enter"/> that runs it.
/// </summary>
public abstract record Node
{
    public required string Id { get; init; }

    /// <summary>The node to continue with. When content leaves it out, the node written next in the flow.</summary>
    public string? Next { get; init; }

    /// <summary>Whether, with no <c>next</c> written, the node continues with the one written after it.</summary>
    public virtual bool FallsThrough => true;

    /// <summary>Runs the node. Ask nodes send their prompt and wait; the others act and move on.</summary>
    public abstract NodeResult Enter(DialogRun run);

    /// <summary>Every node id in the same flow this node may continue with (for the reachability check).</summary>
    public virtual IEnumerable<string> NextNodes() => Next is null ? [] : [Next];

    /// <summary>Every flow this node may enter.</summary>
    public virtual IEnumerable<string> FlowsEntered() => [];

    /// <summary>Every named action this node may call.</summary>
    public virtual IEnumerable<string> ActionsCalled() => [];
}
