namespace Hotline.Domain.Language;

/// <summary>Which language form a message is written in: Khmer script, romanized Khmer or English.</summary>
public static class LanguageDetector
{
    /// <summary>The form, or null when the message says too little to tell (digits, emoji, one ambiguous word).</summary>
    public static LanguageForm? Detect(NormalisedText text) => null;
}
