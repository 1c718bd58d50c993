namespace Hotline.Domain.Dialogs;

public enum NodeResultKind
{
    /// <summary>Stop and wait for the person's next message at the current node.</summary>
    Wait,
    /// <summary>Continue with <see cref="NodeResult.Target"/> in the same flow, or end the flow when it is null.</summary>
    Continue,
    /// <summary>Start flow <see cref="NodeResult.Target"/>; come back afterwards when <see cref="NodeResult.Return"/>.</summary>
    EnterFlow,
    /// <summary>End the whole conversation, including any flows waiting to be returned to.</summary>
    EndConversation,
}

/// <summary>What a node asks the engine to do next.</summary>
public readonly record struct NodeResult(NodeResultKind Kind, string? Target = null, bool Return = false)
{
    public static NodeResult Wait => new(NodeResultKind.Wait);
    public static NodeResult EndConversation => new(NodeResultKind.EndConversation);
    public static NodeResult ContinueWith(string? nodeId) => new(NodeResultKind.Continue, nodeId);
    public static NodeResult StartFlow(string flowId, bool returnAfter) => new(NodeResultKind.EnterFlow, flowId, returnAfter);
}
