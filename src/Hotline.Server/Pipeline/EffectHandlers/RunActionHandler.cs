using Hotline.Domain.Conversations.Effects;
using Hotline.Server.Cases;
using Hotline.Storage.Conversations;

namespace Hotline.Server.Pipeline.EffectHandlers;

/// <summary>A host action a flow asked for. <c>open_help_request</c> opens a help case for routing to the
/// organisation that covers the need; with <c>urgency: urgent</c> (the urgent flow's hand-over) it adds what the
/// person said to their open urgent case instead, so one person in danger has one case and one page chain. No other host action exists; a flow naming one is a content mistake (the
/// content check warns about it), logged by name — the arguments are personal and are not kept anywhere.</summary>
public sealed class RunActionHandler(CaseCodeSource codes, ILogger<RunActionHandler> logger) : EffectHandler<RunAction>
{
    public const string OpenHelpRequest = "open_help_request";

    protected override void Apply(InboundTransaction unit, RunAction effect)
    {
        if (effect.Name != OpenHelpRequest)
        {
            logger.LogError("A flow asked for host action {Action}, which this host does not perform", effect.Name);
            return;
        }
        if (Arg(effect, "urgency") == "urgent")
        {
            unit.AppendUrgentDetails(codes.Next(), Arg(effect, "details"));
            return;
        }
        unit.OpenHelpCase(codes.Next(), Arg(effect, "need"), Arg(effect, "province"),
            Arg(effect, "consent") is { } consent ? consent is "yes" or "true" : null, Arg(effect, "safe_contact"));
    }

    /// <summary>A filled argument, or null when the flow never saved the value (placeholders left empty).</summary>
    private static string? Arg(RunAction effect, string name) =>
        effect.Args.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) && !value.Contains('{') ? value.Trim() : null;
}
