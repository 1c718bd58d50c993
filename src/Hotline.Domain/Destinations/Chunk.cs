using Hotline.Domain.Language;

namespace Hotline.Domain.Destinations;

/// <summary>
/// One SMS-sized piece of a topic, in each language form, with where its facts come from.
/// Advice that states no fact names its source as hotline advice; it still names one.
/// </summary>
public sealed record Chunk(IReadOnlyDictionary<LanguageForm, string> Text, string Source);

/// <summary>A chunk picked for sending: its text in one form, and whether "more" should be offered.</summary>
public sealed record ChunkPage(string Text, string Source, int Index, int Count)
{
    public bool HasMore => Index + 1 < Count;
}
