using Hotline.Domain.Conversations;
using Hotline.Domain.Conversations.Effects;

namespace Hotline.Integration.Tests.Support;

/// <summary>
/// A deterministic conversation step for pipeline tests: it answers "echo: &lt;text&gt;" and counts messages in the
/// state, "STOP" opts out, "START" opts in, "EXIT" is the quick exit, "TWICE" answers with two messages, "BOOM"
/// throws, "DANGER" raises urgent danger, "NEEDHELP" asks for a help request. The pipeline's guarantees (stored once, replied once, in order) do not depend on what the dialog says.
/// </summary>
public sealed class ScriptedEngine : IConversationEngine
{
    public StepResult Step(ConversationState state, StepInput input, DateTimeOffset now)
    {
        var count = state.Values.TryGetValue("count", out var c) ? int.Parse(c) + 1 : 1;
        var next = state with { LastActivityAt = now, Values = state.Values.SetItem("count", count.ToString()) };
        var text = input.Message.Text;
        IReadOnlyList<Effect> effects = text switch
        {
            "STOP" => [new OptOut()],
            "START" => [new OptIn(), new SendReply("welcome back")],
            "EXIT" => [new QuickExit()],
            "TWICE" => [new SendReply("first"), new SendReply("second")],
            "BOOM" => throw new InvalidOperationException("scripted failure"),
            "DANGER" => [new RaiseUrgent("locked_in"), new SendReply("stay safe")],
            "NOTSAFEHELP" => [new RunAction("open_help_request", new Dictionary<string, string> { ["need"] = "legal_aid", ["safe_contact"] = "not_safe" }), new SendReply("write to us when it is safe")],
            "NEEDHELP" => [new RunAction("open_help_request", new Dictionary<string, string> { ["need"] = "wage_claim", ["province"] = "KH-12" }), new SendReply("someone will contact you")],
            _ => [new SendReply($"echo {count}: {text}")],
        };
        return new StepResult(next, effects);
    }
}
