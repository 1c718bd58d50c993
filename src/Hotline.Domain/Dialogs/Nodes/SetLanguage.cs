using Hotline.Domain.Language;

namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Switches the conversation to a language form and remembers it for the contact. Either a fixed form or the
/// form saved in a value (for a language question whose option keys are <c>km</c>, <c>km-Latn</c>, <c>en</c>).
/// <code>
/// - id: apply
///   type: set_language
///   from: language             # or: language: km
/// </code>
/// </summary>
public sealed record SetLanguage : Node
{
    public const string Type = "set_language";

    public LanguageForm? Language { get; init; }
    public string? From { get; init; }

    public static Node Build(NodeSpec spec, NodeBuildContext ctx)
    {
        var fixedForm = spec.String("language");
        var from = spec.String("from");
        LanguageForm? form = null;
        if (fixedForm is not null)
        {
            if (LanguageForms.TryParse(fixedForm, out var f)) form = f;
            else ctx.Error($"'language' must be km, km-Latn or en, not '{fixedForm}'");
        }
        if ((fixedForm is null) == (from is null)) ctx.Error("a set_language needs either 'language' or 'from'");
        return new SetLanguage { Id = ctx.NodeId!, Language = form, From = from, Next = spec.String("next") };
    }

    public override NodeResult Enter(DialogRun run)
    {
        if (Language is { } fixedForm) run.ChangeLanguage(fixedForm);
        else if (LanguageForms.TryParse(run.Value(From!), out var saved)) run.ChangeLanguage(saved);
        return NodeResult.ContinueWith(Next);
    }
}
