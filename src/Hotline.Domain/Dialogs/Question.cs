using Hotline.Domain.Language;

namespace Hotline.Domain.Dialogs;

/// <summary>
/// A node that asks something and waits. The question owns asking and re-asking; turning the reply into a
/// value belongs to a recogniser in <c>Hotline.Domain.Language</c> (the Bot Framework split of prompt and
/// recogniser). Fields shared by every ask node:
/// <code>
///   prompt: screening.ask_age        # a text key, or an inline text with km / km-Latn / en
///   retry:  screening.ask_age_retry  # optional: said after a reply that was not understood
///   save:   age                      # optional: the value name the answer is saved under
///   next:   ask_fee                  # optional: defaults to the node written next
/// </code>
/// </summary>
public abstract record Question : Node
{
    public required LocalizedText Prompt { get; init; }

    /// <summary>Said after a reply that was not understood; when absent, the content's "not understood" line followed by the prompt.</summary>
    public LocalizedText? Retry { get; init; }

    public string? Save { get; init; }

    public override NodeResult Enter(DialogRun run)
    {
        run.Ask(this);
        return NodeResult.Wait;
    }

    /// <summary>The answer as the value to save, or null when the reply does not answer the question.</summary>
    public abstract string? Read(NormalisedText reply, DialogRun run);

    /// <summary>Where to go once answered with <paramref name="value"/>.</summary>
    public virtual NodeResult Answered(string value, DialogRun run) => NodeResult.ContinueWith(Next);

    /// <summary>The shared fields, read once for every ask node kind.</summary>
    protected static (LocalizedText Prompt, LocalizedText? Retry, string? Save) ReadCommon(NodeSpec spec, NodeBuildContext ctx) =>
        (ctx.Text(spec, "prompt", required: true) ?? ctx.Placeholder("prompt"), ctx.Text(spec, "retry", required: false), spec.String("save"));
}
