namespace Hotline.Domain.Dialogs;

/// <summary>
/// Builds a <see cref="Flow"/> from its written form (parsed YAML): checks ids, builds each node by kind, and
/// fills in the implicit <c>next</c> (the node written after) so that editors only write jumps.
/// </summary>
public static class FlowBuilder
{
    public static Flow? Build(
        string file,
        string defaultId,
        IReadOnlyDictionary<string, object?> document,
        Func<string, LocalizedText?> findText,
        ICollection<ContentIssue> issues,
        ICollection<TextUse> textUses)
    {
        var id = document.GetValueOrDefault("id") as string ?? defaultId;
        var ctx = new NodeBuildContext(file, id, findText, issues, textUses);
        if (document.GetValueOrDefault("nodes") is not IReadOnlyList<object?> nodeList || nodeList.Count == 0)
        {
            ctx.Error("the flow has no 'nodes' list");
            return null;
        }

        var built = new List<Node>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < nodeList.Count; i++)
        {
            if (nodeList[i] is not IReadOnlyDictionary<string, object?> fields)
            {
                ctx.NodeId = $"#{i + 1}";
                ctx.Error("a node must be a map with at least 'id' and 'type'");
                continue;
            }
            ctx.NodeId = fields.GetValueOrDefault("id") as string ?? $"#{i + 1}";
            if (!fields.ContainsKey("id")) ctx.Error("the node has no 'id'");
            if (!ids.Add(ctx.NodeId)) ctx.Error($"two nodes are called '{ctx.NodeId}'");
            var type = fields.GetValueOrDefault("type") as string;
            if (type is null || !NodeKinds.Builders.TryGetValue(type, out var build))
            {
                ctx.Error($"unknown node type '{type}' (known: {string.Join(", ", NodeKinds.Builders.Keys)})");
                continue;
            }
            var spec = new NodeSpec(fields);
            var node = build(spec, ctx) with { Id = ctx.NodeId };
            foreach (var unread in spec.UnreadFields()) ctx.Warning($"field '{unread}' means nothing to a '{type}' node and is ignored");
            built.Add(node);
        }

        for (var i = 0; i < built.Count; i++)
        {
            if (built[i].Next is null && built[i].FallsThrough && i + 1 < built.Count)
                built[i] = built[i] with { Next = built[i + 1].Id };
        }

        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var node in built) nodes.TryAdd(node.Id, node);
        var start = document.GetValueOrDefault("start") as string ?? built.FirstOrDefault()?.Id;
        ctx.NodeId = start ?? "";
        if (start is null) return null;
        if (!nodes.ContainsKey(start)) ctx.Error($"'start' names node '{start}', which the flow does not have");

        ctx.NodeId = null;
        var triggers = ctx.Words(document.GetValueOrDefault("triggers"), "'triggers'");
        foreach (var field in document.Keys)
        {
            if (field is not ("id" or "description" or "start" or "triggers" or "nodes"))
                issues.Add(new ContentIssue(IssueSeverity.Warning, file, $"field '{field}' means nothing to a flow and is ignored") { Flow = id });
        }

        return new Flow(id, file, start, nodes, built.Select(n => n.Id).ToList())
        {
            Description = document.GetValueOrDefault("description") as string,
            Triggers = triggers,
        };
    }
}
