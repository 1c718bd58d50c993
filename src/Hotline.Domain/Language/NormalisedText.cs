namespace Hotline.Domain.Language;

/// <summary>Which writing system a text uses.</summary>
public enum Script
{
    None,
    Khmer,
    Latin,
    Mixed,
}

/// <summary>
/// A message prepared once for every recogniser.
/// <see cref="Clean"/> is for showing and storing (invisibles stripped, NFC, whitespace collapsed);
/// <see cref="Key"/> is for matching (Khmer digits → ASCII, Latin case and diacritics folded,
/// Khmer look-alike sequences unified, punctuation and emoji dropped).
/// </summary>
public sealed record NormalisedText(string Original, string Clean, string Key, Script Script)
{
    public bool IsEmpty => Key.Length == 0;
}
