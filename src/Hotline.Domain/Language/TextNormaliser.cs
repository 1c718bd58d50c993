using System.Text;

namespace Hotline.Domain.Language;

/// <summary>Turns raw text into <see cref="NormalisedText"/>. Total: never throws, whatever arrives.</summary>
public static class TextNormaliser
{
    public static NormalisedText Normalise(string? raw)
    {
        var original = raw ?? string.Empty;
        var clean = string.Join(' ', original.Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var key = clean.ToLowerInvariant();
        return new NormalisedText(original, clean, key, Script.None);
    }

    /// <summary>The matching key of a keyword or synonym written in content, built exactly as for messages.</summary>
    public static string Key(string text) => Normalise(text).Key;
}
