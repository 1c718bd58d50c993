using System.Collections;

namespace Hotline.Domain.Language.Recognisers;

/// <summary>
/// A list of choice options with every key and synonym already turned into a match key. Build it once per
/// question (in the content snapshot) and pass it wherever an <c>IReadOnlyList&lt;ChoiceOption&gt;</c> is asked
/// for: <see cref="ChoiceRecogniser"/> then does no normalising of its own. Immutable.
/// </summary>
public sealed class PreparedChoices : IReadOnlyList<ChoiceOption>
{
    private readonly IReadOnlyList<ChoiceOption> _options;

    public PreparedChoices(IReadOnlyList<ChoiceOption> options)
    {
        _options = options;
        var phrases = new List<(string, int)>();
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            Add(phrases, option.Key, i);
            foreach (var synonym in option.Synonyms ?? []) Add(phrases, synonym, i);
        }
        Phrases = phrases.ToArray();
    }

    /// <summary>Every key and synonym as (match key, option index).</summary>
    internal (string Key, int Option)[] Phrases { get; }

    public ChoiceOption this[int index] => _options[index];
    public int Count => _options.Count;
    public IEnumerator<ChoiceOption> GetEnumerator() => _options.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static PreparedChoices From(IReadOnlyList<ChoiceOption> options) => options as PreparedChoices ?? new PreparedChoices(options);

    private static void Add(List<(string, int)> phrases, string? text, int option)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        // Option keys are identifiers ("other_country"): read underscores and dashes as spaces.
        var key = TextNormaliser.Key(text.Replace('_', ' '));
        if (key.Length > 0 && !phrases.Contains((key, option))) phrases.Add((key, option));
    }
}
