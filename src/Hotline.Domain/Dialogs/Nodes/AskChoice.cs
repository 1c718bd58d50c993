using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.Dialogs.Nodes;

/// <summary>
/// Asks the person to pick one option, by its number (1, ១) or one of its words in any language. An option may
/// continue with a node of this flow (<c>next</c>) or start another flow (<c>flow</c>). The saved value is the
/// option's <c>key</c>.
/// <code>
/// - id: recruiter
///   type: ask_choice
///   prompt: screening.ask_recruiter
///   save: recruiter
///   options:
///     - key: agency
///       words: { km: [ក្រុមហ៊ុន], km-Latn: [krom hun], en: [agency, company] }
///     - key: broker
///       words: { km: [មេខ្យល់], km-Latn: [me khyol], en: [broker] }
///       next: broker_fee           # optional, else the node's next
///     - key: talk
///       flow: talk                 # optional: start another flow
/// </code>
/// </summary>
public sealed record AskChoice : Question
{
    public const string Type = "ask_choice";

    public required IReadOnlyList<Choice> Choices { get; init; }

    /// <summary>What the recogniser reads: each option's key and words, normalised once when the node is built.</summary>
    public required PreparedChoices Options { get; init; }

    /// <summary>
    /// Option number or word key → option key. An exact number or word is unambiguous, so it is settled here
    /// without the recogniser; the menu is the hottest question of all.
    /// </summary>
    public required IReadOnlyDictionary<string, string> Exact { get; init; }

    public static Node Build(NodeSpec spec, NodeBuildContext ctx)
    {
        var (prompt, retry, save) = ReadCommon(spec, ctx);
        var choices = new List<Choice>();
        var exact = new Dictionary<string, string>(StringComparer.Ordinal);
        var list = spec.List("options");
        if (list is null || list.Count < 2) ctx.Error("an ask_choice needs 'options' with at least two entries");
        foreach (var item in list ?? [])
        {
            if (item is not IReadOnlyDictionary<string, object?> option || option.GetValueOrDefault("key") is not string key)
            {
                ctx.Error("each option needs a 'key'");
                continue;
            }
            if (choices.Any(c => c.Key == key)) ctx.Error($"two options have key '{key}'");
            var words = ctx.Words(option.GetValueOrDefault("words"), $"option '{key}' words");
            var next = option.GetValueOrDefault("next") as string;
            var flow = option.GetValueOrDefault("flow") as string;
            if (next is not null && flow is not null) ctx.Error($"option '{key}' has both 'next' and 'flow'; keep one");
            foreach (var field in option.Keys.Where(f => f is not ("key" or "words" or "next" or "flow")))
                ctx.Warning($"option '{key}' has unknown field '{field}'");
            choices.Add(new Choice(key, words, next, flow));
            exact.TryAdd((choices.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), key);
        }
        foreach (var choice in choices)
        {
            foreach (var word in choice.Words)
            {
                if (!exact.TryAdd(word, choice.Key) && exact[word] != choice.Key)
                    ctx.Error($"word '{word}' belongs to both option '{exact[word]}' and option '{choice.Key}'");
            }
        }

        return new AskChoice
        {
            Id = ctx.NodeId!,
            Prompt = prompt,
            Retry = retry,
            Save = save,
            Next = spec.String("next"),
            Choices = choices,
            Options = new PreparedChoices(choices.Select(c => new ChoiceOption(c.Key, c.Words)).ToList()),
            Exact = exact,
        };
    }

    public override string? Read(NormalisedText reply, DialogRun run)
    {
        if (Exact.TryGetValue(reply.Key, out var key)) return key;
        return ChoiceRecogniser.Recognise(reply, Options) is { } r && r.Confidence >= run.Settings.MinConfidence ? r.Value : null;
    }

    public override NodeResult Answered(string value, DialogRun run)
    {
        foreach (var choice in Choices)
        {
            if (choice.Key != value) continue;
            if (choice.Flow is not null) return NodeResult.StartFlow(choice.Flow, returnAfter: false);
            return NodeResult.ContinueWith(choice.Next ?? Next);
        }
        return NodeResult.ContinueWith(Next);
    }

    public override IEnumerable<string> NextNodes() =>
        Choices.Where(c => c.Flow is null).Select(c => c.Next ?? Next).OfType<string>().Distinct();

    public override IEnumerable<string> FlowsEntered() => Choices.Select(c => c.Flow).OfType<string>();
}

/// <summary>One option of an <see cref="AskChoice"/>: its key, its words as matching keys, and where it leads.</summary>
public sealed record Choice(string Key, IReadOnlyList<string> Words, string? Next, string? Flow);
