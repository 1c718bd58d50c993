using Hotline.Domain.Conversations.Effects;
using Hotline.Server.Cases;
using Hotline.Storage.Conversations;

namespace Hotline.Server.Pipeline.EffectHandlers;

/// <summary>A host action a flow asked for. Every request is stored with the message (arguments encrypted);
/// <c>open_help_request</c> also opens a help case for routing to the organisation that covers the need.</summary>
public sealed class RunActionHandler : EffectHandler<RunAction>
{
    public const string OpenHelpRequest = "open_help_request";

    protected override void Apply(InboundTransaction unit, RunAction effect)
    {
        unit.RequestAction(effect.Name, effect.Args);
        if (effect.Name != OpenHelpRequest) return;
        unit.OpenHelpCase(CaseCodes.NewCaseCode(), Arg(effect, "need"), Arg(effect, "province"),
            Arg(effect, "consent") is { } consent ? consent is "yes" or "true" : null, Arg(effect, "safe_contact"));
    }

    /// <summary>A filled argument, or null when the flow never saved the value (placeholders left empty).</summary>
    private static string? Arg(RunAction effect, string name) =>
        effect.Args.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) && !value.Contains('{') ? value.Trim() : null;
}
