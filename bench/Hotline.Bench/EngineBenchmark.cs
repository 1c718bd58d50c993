using System.Diagnostics;
using Hotline.Content;
using Hotline.Domain.Conversations;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Language;

namespace Hotline.Bench;

/// <summary>
/// Dialog engine steps per second on one thread over realistic conversations (menu, a full screening in each
/// language form, urgent, STOP, quick exit, retries), and the content snapshot load time.
/// Targets: ≥ 200,000 steps/s; load &lt; 200 ms. Option: a content folder (default: content/ next to Hotline.sln).
/// </summary>
public sealed class EngineBenchmark : IBenchmarkCommand
{
    public string Name => "engine";
    public string Description => "dialog engine steps/s and content snapshot load time";

    private static readonly (LanguageForm? Contact, string[] Messages)[] Conversations =
    [
        (null, ["Hello, I want to ask about work abroad", "1", "1", "2", "2", "25", "1", "1", "2", "3", "2", "2"]),
        (LanguageForm.Km, ["សួស្តី", "១", "១", "១", "២", "២៥", "១", "១", "១", "៣", "២", "១"]),
        (LanguageForm.KmLatn, ["sour sdey", "1", "1", "nesat", "me khyol", "30", "khchey", "passport", "1", "passport", "te", "te"]),
        (LanguageForm.En, ["hi", "5", "1", "300 dollars", "Battambang", "3", "yes"]),
        (LanguageForm.En, ["hello", "1", "the moon", "still no", "banana", "6", "no"]),
        (LanguageForm.Km, ["សួស្តី", "5", "ជួយផង គេវាយខ្ញុំ", "នៅភ្នំពេញ"]),
        (LanguageForm.En, ["hello", "2", "I need help with my passport", "menu", "3", "1"]),
        (LanguageForm.KmLatn, ["sour sdey", "6", "STOP", "hello", "start", "x"]),
    ];

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var directory = args.Length > 0 ? args[0] : FindContent();
        var cold = Stopwatch.StartNew();
        var snapshot = ContentLoader.Load(directory);
        cold.Stop();
        var loads = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            var clock = Stopwatch.StartNew();
            ContentLoader.Load(directory);
            loads.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"content load: first {cold.Elapsed.TotalMilliseconds:F1} ms, then median {loads.Order().ElementAt(loads.Count / 2):F1} ms ({snapshot.Flows.Count} flows, version {snapshot.Version})");

        var messages = Conversations.Sum(c => c.Messages.Length);
        RunConversations(snapshot, 2000, out _); // warm-up: long enough for the tiered JIT to finish
        var rounds = 0;
        var steps = 0L;
        var replies = 0L;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var timer = Stopwatch.StartNew();
        while (timer.Elapsed < TimeSpan.FromSeconds(3) && !cancellationToken.IsCancellationRequested)
        {
            RunConversations(snapshot, 100, out var sent);
            replies += sent;
            steps += 100L * messages;
            rounds += 100;
        }
        timer.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine($"engine: {steps:N0} steps in {timer.Elapsed.TotalSeconds:F2} s on one thread = {steps / timer.Elapsed.TotalSeconds:N0} steps/s " +
                          $"({Conversations.Length} conversations x {rounds:N0} rounds, {(double)replies / steps:F2} replies per step, {allocated / steps:N0} bytes allocated per step)");
        // On a shared machine the wall-clock rate drops when other work takes the core; the rate per CPU-second does not.
        Console.WriteLine($"engine per CPU-second: {steps / cpu.TotalSeconds:N0} steps/s ({cpu.TotalSeconds:F2} CPU-s, process total, GC included)");
        Breakdown(snapshot);
        return Task.FromResult(0);
    }

    /// <summary>What part of a step the language seams take: the engine cannot be faster than reading the message.</summary>
    private static void Breakdown(ContentSnapshot snapshot)
    {
        var texts = Conversations.SelectMany(c => c.Messages).ToArray();
        var normalised = texts.Select(TextNormaliser.Normalise).ToArray();
        Rate("normalise", () => { foreach (var t in texts) TextNormaliser.Normalise(t); });
        Rate("detect language", () => { foreach (var n in normalised) LanguageDetector.Detect(n); });
        Rate("urgent phrases", () => { foreach (var n in normalised) snapshot.Urgent.Detect(n); });
        for (var c = 0; c < Conversations.Length; c++)
        {
            var one = Conversations[c];
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var timer = Stopwatch.StartNew();
            var passes = 0;
            while (timer.ElapsedMilliseconds < 300) { RunConversation(snapshot, one.Contact, one.Messages, passes++); }
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            Console.WriteLine($"  conversation {c + 1} ({one.Messages.Length} messages, \"{one.Messages[0]}\" …): {passes * (double)one.Messages.Length / timer.Elapsed.TotalSeconds:N0} steps/s, " +
                              $"{allocated / ((long)passes * one.Messages.Length):N0} bytes per step");
        }

        void Rate(string what, Action pass)
        {
            for (var i = 0; i < 1000; i++) pass();
            var timer = Stopwatch.StartNew();
            var passes = 0;
            while (timer.ElapsedMilliseconds < 1000) { pass(); passes++; }
            Console.WriteLine($"  {what}: {passes * (double)texts.Length / timer.Elapsed.TotalSeconds:N0} messages/s");
        }
    }

    private static void RunConversations(ContentSnapshot snapshot, int rounds, out long replies)
    {
        replies = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (language, messages) in Conversations) replies += RunConversation(snapshot, language, messages, round);
        }
    }

    private static int RunConversation(ContentSnapshot snapshot, LanguageForm? language, string[] messages, int round)
    {
        var replies = 0;
        var state = ConversationState.New;
        var contact = new ContactContext(round, language, false);
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));
        foreach (var text in messages)
        {
            now = now.AddMinutes(1);
            var result = DialogEngine.Step(snapshot, state, new StepInput(new InboundMessage(text, Channel.Sms, "KH", now), contact), now);
            state = result.State;
            replies += result.Effects.Count;
        }
        return replies;
    }

    private static string FindContent()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hotline.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? ".", "content");
    }
}
