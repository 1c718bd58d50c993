using System.Diagnostics;
using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;

namespace Hotline.Bench;

/// <summary>
/// The per-message language work of the dialog engine on one thread: normalise, detect the language form, then
/// the yes/no, choice and number recognisers, over short replies as people send them in the three forms.
/// Prints replies per second. Options: [seconds] (default 5) [stage: all | normalise | detect | yesno | choice | number],
/// where a single stage still normalises but times only that step on top of it.
/// </summary>
public sealed class RecognisersBenchmark : IBenchmarkCommand
{
    public string Name => "recognisers";
    public string Description => "normalise + detect + yes/no, choice, number on short replies (one thread)";

    private static readonly string[] Replies =
    [
        "1", "2", "៣", "yes", "no", "Yes please", "ok", "bat", "cha", "ot te", "te", "បាទ", "ចាស", "ចាស៎", "អត់ទេ", "ទេ",
        "Thailand", "srok thai", "ថៃ", "malaysia", "kore", "ម៉ាឡេស៊ី", "3 months", "300", "ម្ភៃប្រាំ", "twenty five",
        "I need help", "knhom trov ka jouy", "ជួយខ្ញុំផង", "STOP", "😀", "lek 2",
    ];

    private static readonly PreparedChoices Options = new(
    [
        new ChoiceOption("thailand", ["Thailand", "ថៃ", "srok thai"]),
        new ChoiceOption("malaysia", ["Malaysia", "ម៉ាឡេស៊ី"]),
        new ChoiceOption("korea", ["South Korea", "Korea", "កូរ៉េ"]),
        new ChoiceOption("other", ["Other", "ផ្សេងទៀត", "phseng"]),
    ]);

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var seconds = args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 5;
        var stage = args.Length > 1 ? args[1] : "all";
        var sink = 0L;

        // Warm up: tiered compilation and the static word tables.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 1) sink += Pass(stage);

        var gcBefore = GC.CollectionCount(0);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long replies = 0;
        while (clock.Elapsed.TotalSeconds < seconds && !cancellationToken.IsCancellationRequested)
        {
            for (var i = 0; i < 100; i++) sink += Pass(stage);
            replies += 100L * Replies.Length;
        }
        clock.Stop();
        process.Refresh();
        // On a shared machine the wall clock counts time spent waiting for a core; CPU time does not.
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Console.WriteLine($"stage:            {stage}");
        Console.WriteLine($"replies:          {replies:N0} in {clock.Elapsed.TotalSeconds:0.00} s on one thread ({Replies.Length} distinct short replies)");
        Console.WriteLine($"throughput:       {replies / clock.Elapsed.TotalSeconds:N0} replies/s");
        Console.WriteLine($"per CPU second:   {replies / cpu:N0} replies/s ({cpu:0.00} s of CPU, all threads of the process)");
        Console.WriteLine($"per reply:        {clock.Elapsed.TotalMilliseconds * 1_000_000 / replies:0} ns, {allocated / (double)replies:0} bytes allocated");
        Console.WriteLine($"gen0 collections: {GC.CollectionCount(0) - gcBefore}");
        Console.WriteLine($"(checksum {sink})");
        return Task.FromResult(0);
    }

    private static long Pass(string stage)
    {
        long sum = 0;
        var all = stage == "all";
        foreach (var reply in Replies)
        {
            var text = TextNormaliser.Normalise(reply);
            sum += text.Key.Length;
            if ((all || stage == "detect") && LanguageDetector.Detect(text) is { } form) sum += (int)form;
            if ((all || stage == "yesno") && YesNoRecogniser.Recognise(text) is { } yes) sum += yes.Value ? 1 : 2;
            if ((all || stage == "choice") && ChoiceRecogniser.Recognise(text, Options) is { } choice) sum += choice.Value.Length;
            if ((all || stage == "number") && NumberRecogniser.Recognise(text) is { } number) sum += number.Value;
        }
        return sum;
    }
}
