using Hotline.Domain.Language;
using Hotline.Domain.Sms;

namespace Hotline.Domain.Destinations;

/// <summary>
/// What the hotline tells about going to work in one country: the topics in <see cref="TopicKeys"/>,
/// each an ordered list of SMS-sized chunks, and the typical legitimate costs.
/// </summary>
public sealed record DestinationInfo(
    string Key,
    IReadOnlyDictionary<LanguageForm, string> Name,
    IReadOnlyList<DestinationTopic> Topics,
    IReadOnlyList<CostItem> Costs)
{
    /// <summary>Most SMS segments one chunk may cost, in any form.</summary>
    public const int MaxSegmentsPerChunk = 2;

    /// <summary>Units kept free in every chunk so a short "more" prompt fits without a third segment.</summary>
    public const int MoreReserve = 10;

    public DestinationTopic? Topic(string key) => Topics.FirstOrDefault(t => t.Key == key);

    /// <summary>Chunk <paramref name="index"/> of a topic in one form; null past the end or for an unknown topic.</summary>
    public ChunkPage? Page(string topicKey, LanguageForm form, int index)
    {
        var topic = Topic(topicKey);
        if (topic is null || index < 0 || index >= topic.Chunks.Count) return null;
        var chunk = topic.Chunks[index];
        return new ChunkPage(chunk.Text.GetValueOrDefault(form) ?? string.Empty, chunk.Source, index, topic.Chunks.Count);
    }

    /// <summary>Everything wrong with this destination, for the content check. Empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        foreach (var form in LanguageForms.All.Where(f => string.IsNullOrWhiteSpace(Name.GetValueOrDefault(f))))
            problems.Add($"{Key}: name is missing in {form.Code()}");
        foreach (var key in TopicKeys.All.Where(k => Topic(k) is null))
            problems.Add($"{Key}: topic {key} is missing");
        foreach (var topic in Topics)
        {
            if (!TopicKeys.All.Contains(topic.Key)) problems.Add($"{Key}: unknown topic {topic.Key}");
            if (topic.Chunks.Count == 0) problems.Add($"{Key}/{topic.Key}: no chunks");
            foreach (var form in LanguageForms.All.Where(f => string.IsNullOrWhiteSpace(topic.Title.GetValueOrDefault(f))))
                problems.Add($"{Key}/{topic.Key}: title is missing in {form.Code()}");
            for (var i = 0; i < topic.Chunks.Count; i++)
            {
                var chunk = topic.Chunks[i];
                if (string.IsNullOrWhiteSpace(chunk.Source)) problems.Add($"{Key}/{topic.Key} chunk {i + 1}: source is empty");
                foreach (var form in LanguageForms.All)
                {
                    var text = chunk.Text.GetValueOrDefault(form);
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        problems.Add($"{Key}/{topic.Key} chunk {i + 1}: text is missing in {form.Code()}");
                        continue;
                    }
                    var cost = SmsSegments.Measure(text + new string(' ', MoreReserve));
                    if (cost.Segments > MaxSegmentsPerChunk)
                        problems.Add($"{Key}/{topic.Key} chunk {i + 1} ({form.Code()}): {cost.Units - MoreReserve} units is more than {MaxSegmentsPerChunk} segments with room for \"more\"");
                }
            }
        }
        foreach (var cost in Costs)
        {
            if (cost.Amount is not null && !cost.IsKnown)
                problems.Add($"{Key}: cost {cost.Key} has an amount without currency, source and date checked");
            foreach (var form in LanguageForms.All.Where(f => string.IsNullOrWhiteSpace(cost.Label.GetValueOrDefault(f))))
                problems.Add($"{Key}: cost {cost.Key} label is missing in {form.Code()}");
        }
        return problems;
    }
}
