namespace Hotline.Domain.Language;

/// <summary>The three forms the hotline reads and writes. Khmer script, Khmer typed in Latin letters, English.</summary>
public enum LanguageForm
{
    Km,
    KmLatn,
    En,
}

public static class LanguageForms
{
    public static readonly IReadOnlyList<LanguageForm> All = [LanguageForm.Km, LanguageForm.KmLatn, LanguageForm.En];

    /// <summary>The code used in content files, the database and the API: <c>km</c>, <c>km-Latn</c>, <c>en</c>.</summary>
    public static string Code(this LanguageForm form) => form switch
    {
        LanguageForm.Km => "km",
        LanguageForm.KmLatn => "km-Latn",
        LanguageForm.En => "en",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };

    public static bool TryParse(string? code, out LanguageForm form)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "km": form = LanguageForm.Km; return true;
            case "km-latn": form = LanguageForm.KmLatn; return true;
            case "en": form = LanguageForm.En; return true;
            default: form = default; return false;
        }
    }
}
