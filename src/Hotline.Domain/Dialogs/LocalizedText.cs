using Hotline.Domain.Language;

namespace Hotline.Domain.Dialogs;

/// <summary>
/// One thing the hotline can say, in all three language forms. Texts live in <c>content/texts/*.yaml</c>
/// (shared, referred to by key) or inline in a flow node (keyed <c>flow.node.field</c>).
/// </summary>
/// <param name="Key">Stable name used by flows, transcripts and the content report.</param>
public sealed record LocalizedText(string Key, string Km, string KmLatn, string En)
{
    /// <summary>Most SMS segments one rendering may cost in any language form; null means the content default.</summary>
    public int? Budget { get; init; }

    /// <summary>
    /// Whether the text can reach a person's phone. Client-facing texts are held to the deny-list (rule R1:
    /// the thread is readable by whoever holds the phone). Default true.
    /// </summary>
    public bool ClientFacing { get; init; } = true;

    /// <summary>The content file the text came from, for error messages.</summary>
    public string Source { get; init; } = "";

    public string For(LanguageForm form) => form switch
    {
        LanguageForm.Km => Km,
        LanguageForm.KmLatn => KmLatn,
        _ => En,
    };
}
