using Hotline.Domain.Conversations;
using Hotline.Domain.Conversations.Effects;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Language;

namespace Hotline.Content.Tests.Transcripts;

/// <summary>
/// Plays every transcript against the real <c>content/</c> folder with the real recognisers, the way the host
/// would: state carried between messages, the contact's language and opt-out updated from the effects.
/// </summary>
public sealed partial class TranscriptTests
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() => ContentLoader.Load(RepositoryContent.ContentDirectory));

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(RepositoryContent.TranscriptsDirectory, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names()) data.Add(name);
        return data;
    }

    [Fact]
    public void There_are_transcripts_for_every_language_form()
    {
        var forms = Names().Select(name => TranscriptFile.Read(Path.Combine(RepositoryContent.TranscriptsDirectory, name)).Language).ToHashSet();

        Assert.Superset(new HashSet<string> { "km", "km-Latn", "en" }, forms);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Transcript_plays_out_as_written(string file)
    {
        var transcript = TranscriptFile.Read(Path.Combine(RepositoryContent.TranscriptsDirectory, file));
        var snapshot = Snapshot.Value;
        var engine = new SnapshotConversationEngine(snapshot);
        var state = ConversationState.New;
        var contact = new ContactContext(42, transcript.ContactLanguage, transcript.Contact?.OptedOut ?? false);
        var now = Start;

        for (var i = 0; i < transcript.Steps.Count; i++)
        {
            var step = transcript.Steps[i];
            now = now.AddMinutes(step.AfterMinutes);
            var result = engine.Step(state, new StepInput(new InboundMessage(step.Send, Channel.Simulator, transcript.Country, now), contact), now);
            state = result.State;
            var where = $"{file} ({transcript.Description}), step {i + 1} sending \"{step.Send}\"";

            var language = state.Language ?? contact.Language ?? snapshot.Settings.DefaultLanguage;
            var expectedReplies = step.Replies.Select(r => Expected(snapshot, r, language)).ToList();
            var actualReplies = result.Effects.OfType<SendReply>().Select(r => r.Text).ToList();
            Assert.True(expectedReplies.SequenceEqual(actualReplies),
                $"{where}: replies differ.\nexpected:\n  {string.Join("\n  ", expectedReplies)}\nactual:\n  {string.Join("\n  ", actualReplies)}");

            var others = result.Effects.Where(e => e is not SendReply).ToList();
            var actualEffects = others.Select(e => Describe(e, detailed: true)).ToList();
            Assert.True(step.Effects.Count == others.Count && step.Effects.Zip(others).All(p => Matches(p.First, p.Second)),
                $"{where}: effects differ.\nexpected: [{string.Join(", ", step.Effects)}]\nactual:   [{string.Join(", ", actualEffects)}]");

            foreach (var effect in result.Effects)
            {
                contact = effect switch
                {
                    SetContactLanguage set => contact with { Language = set.Language },
                    OptOut => contact with { OptedOut = true },
                    OptIn => contact with { OptedOut = false },
                    _ => contact,
                };
            }
        }
    }

    /// <summary>
    /// The message a reply line stands for: <c>= exact text</c>, or text keys joined by <c>+</c> (one line each).
    /// A key may fill its placeholders: <c>agency.licensed(agency_name=Kdam Meas; date=2026-10-01)</c>, where
    /// <c>@key</c> inside a value stands for that text (<c>where=@returnee.where_nationwide</c>).
    /// </summary>
    internal static string Expected(ContentSnapshot snapshot, string reply, LanguageForm language)
    {
        if (reply.StartsWith('=')) return reply[1..].Trim();
        return string.Join("\n", reply.Split('+', StringSplitOptions.TrimEntries).Select(part => Part(snapshot, part, language)));
    }

    private static string Part(ContentSnapshot snapshot, string part, LanguageForm language)
    {
        var open = part.IndexOf('(');
        if (open < 0) return Text(snapshot, part, language);
        var close = part.LastIndexOf(')');
        if (close < open) throw new InvalidOperationException($"transcript reply part '{part}' has '(' without ')'");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in part[(open + 1)..close].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq < 0) throw new InvalidOperationException($"transcript reply part '{part}': '{pair}' is not name=value");
            values[pair[..eq].Trim()] = TextReference().Replace(pair[(eq + 1)..].Trim(), m => Text(snapshot, m.Groups[1].Value, language));
        }
        return TextTemplate.Render(Text(snapshot, part[..open].Trim(), language), values);
    }

    private static string Text(ContentSnapshot snapshot, string key, LanguageForm language) =>
        snapshot.Texts.TryGetValue(key, out var text)
            ? text.For(language)
            : throw new InvalidOperationException($"transcript expects text '{key}', which the content does not define");

    [System.Text.RegularExpressions.GeneratedRegex(@"@([A-Za-z0-9_.\-]+[A-Za-z0-9_])")]
    private static partial System.Text.RegularExpressions.Regex TextReference();

    /// <summary>
    /// An expected effect matches by its short description (<c>RunAction(open_help_request)</c>), or, when it lists
    /// arguments after the name (<c>RunAction(open_help_request; need=wage_claim; consent=yes)</c>,
    /// <c>RecordAgencyReport(reason=FeesCharged; licence=RA-001)</c>), by those too:
    /// each listed argument must have that value (empty for a value never saved).
    /// </summary>
    private static bool Matches(string expected, Effect effect)
    {
        var name = Describe(effect, detailed: false);
        if (expected == name) return true;
        var opening = name.EndsWith(')') ? name[..^1] + ";" : name + "(";
        if (!expected.StartsWith(opening, StringComparison.Ordinal) || !expected.EndsWith(')')) return false;
        var actual = Arguments(effect);
        foreach (var pair in expected[opening.Length..^1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq < 0 || actual.GetValueOrDefault(pair[..eq].Trim()) != pair[(eq + 1)..].Trim()) return false;
        }
        return true;
    }

    private static IReadOnlyDictionary<string, string> Arguments(Effect effect) => effect switch
    {
        RunAction action => action.Args,
        RecordAgencyReport report => new Dictionary<string, string>
        {
            ["licence"] = report.Report.LicenceNumber ?? "",
            ["name"] = report.Report.NameKey ?? "",
            ["reason"] = report.Report.Reason.ToString(),
            ["date"] = report.Report.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        },
        _ => new Dictionary<string, string>(),
    };

    private static string Describe(Effect effect, bool detailed)
    {
        var name = effect switch
        {
            SetContactLanguage set => $"SetContactLanguage({set.Language.Code()})",
            RaiseUrgent urgent => $"RaiseUrgent({urgent.Reason})",
            RunAction action => $"RunAction({action.Name})",
            _ => effect.GetType().Name,
        };
        var args = Arguments(effect);
        if (!detailed || args.Count == 0) return name;
        var list = string.Join("; ", args.Select(a => $"{a.Key}={a.Value}"));
        return name.EndsWith(')') ? $"{name[..^1]}; {list})" : $"{name}({list})";
    }
}
