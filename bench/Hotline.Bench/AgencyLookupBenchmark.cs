using System.Diagnostics;
using Hotline.Domain.Agencies;

namespace Hotline.Bench;

/// <summary>
/// Agency lookup on a synthetic 2,000-agency register (the size of a national list with room to
/// spare): exact names, typos, Khmer names, licence numbers and names not on the list. The budget
/// is 1 ms per query, since the lookup runs inside the inbound message transaction.
/// </summary>
public sealed class AgencyLookupBenchmark : IBenchmarkCommand
{
    private const int AgencyCount = 2_000;
    private const int Rounds = 5;

    private static readonly string[] Latin =
    [
        "kdam", "meas", "sva", "pram", "trey", "ros", "khleng", "khiev", "damrey", "sar", "tonsay", "pich", "romduol",
        "chan", "prak", "neak", "poan", "kouprey", "reaksmey", "thmey", "bopha", "sovann", "phka", "tep", "sokha",
        "mealea", "chenda", "krapeu", "thida", "rith", "vireak", "sralanh", "srok", "tbong", "sokun", "chhaya", "dara",
        "morodok", "samot", "doung", "rumchang", "spean", "chhouk", "angkrong", "kanha", "seila", "vanna", "rasmey",
    ];

    private static readonly string[] Khmer =
    [
        "ក្ដាម", "មាស", "ស្វា", "ប្រាំ", "ត្រី", "រស់", "ខ្លែង", "ខៀវ", "ដំរី", "ស", "ទន្សាយ", "ពេជ្រ", "រំដួល", "ចន្ទ",
        "ប្រាក់", "នាគ", "ព័ន្ធ", "គោព្រៃ", "រស្មី", "ថ្មី", "បុប្ផា", "សុវណ្ណ", "ផ្កា", "ទេព", "សុខា", "មាលា", "ចិន្តា",
        "ក្រពើ", "ធីតា", "ឫទ្ធិ", "វីរៈ", "ស្រឡាញ់", "ស្រុក", "ត្បូង", "សុគន្ធ", "ឆាយា", "ដារា", "មរតក", "សមុទ្រ", "ដួង",
        "រំចង់", "ស្ពាន", "ឈូក", "អង្ក្រង", "កញ្ញា", "សីលា", "វណ្ណា", "រស្មី",
    ];

    private static readonly string[] Generic = ["Manpower", "Recruitment", "Human Resources", "Overseas", "International"];

    public string Name => "agencies";

    public string Description => "agency lookup on a synthetic 2,000-agency register: µs per query, p50/p99";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var random = new Random(20261121);
        var agencies = new List<Agency>(AgencyCount);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (agencies.Count < AgencyCount)
        {
            var words = Enumerable.Range(0, random.Next(2, 4)).Select(_ => random.Next(Latin.Length)).ToArray();
            var core = string.Join(' ', words.Select(w => Capitalise(Latin[w])));
            var generic = Generic[random.Next(Generic.Length)];
            if (!names.Add(core + generic)) continue;
            var number = agencies.Count + 1;
            agencies.Add(new Agency(
                $"SYN-{number:0000}",
                "ក្រុមហ៊ុន " + string.Concat(words.Select(w => Khmer[w])) + " ឯ.ក",
                $"{core} {generic} Co., Ltd.",
                [],
                ["thailand"],
                (AgencyStatus)(number % 20 == 0 ? 1 : number % 33 == 0 ? 2 : 0),
                "synthetic benchmark register",
                new DateOnly(2026, 11, 1),
                Sample: true));
        }

        var build = Stopwatch.StartNew();
        var register = new AgencyRegister(agencies);
        build.Stop();

        var queries = new List<string>();
        for (var i = 0; i < 1_000; i++)
        {
            var a = agencies[random.Next(agencies.Count)];
            queries.Add((i % 6) switch
            {
                0 => a.NameEn,
                1 => Typo(a.NameEn, random),
                2 => a.NameKm,
                3 => a.LicenceNumber,
                4 => a.NameEn.Replace(" ", "", StringComparison.Ordinal).Replace("Co.,Ltd.", "", StringComparison.Ordinal),
                _ => $"{Capitalise(Latin[random.Next(Latin.Length)])} Golden {Generic[random.Next(Generic.Length)]}",
            });
        }

        foreach (var q in queries.Take(200)) register.Lookup(q);

        // Every query runs once per round. "All runs" is what a caller sees, preemption included;
        // "best of rounds" takes each query's fastest run, which is the lookup's own cost on a busy machine.
        var runs = new double[Rounds, queries.Count];
        var matches = 0;
        for (var round = 0; round < Rounds && !cancellationToken.IsCancellationRequested; round++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var result = register.Lookup(queries[i]);
                runs[round, i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                if (round == 0 && result is AgencyLookupResult.Match) matches++;
            }
        }
        var all = runs.Cast<double>().Order().ToList();
        var best = Enumerable.Range(0, queries.Count)
            .Select(i => Enumerable.Range(0, Rounds).Min(r => runs[r, i]))
            .Order()
            .ToList();

        Console.WriteLine($"register: {AgencyCount} agencies, built in {build.Elapsed.TotalMilliseconds:0} ms");
        Console.WriteLine($"queries: {queries.Count} distinct x {Rounds} rounds; {matches} of {queries.Count} answered as a match");
        Console.WriteLine($"µs/query, all runs:      p50 {Percentile(all, 0.50):0.0}  p99 {Percentile(all, 0.99):0.0}  max {all[^1]:0.0}");
        Console.WriteLine($"µs/query, best of {Rounds}:    p50 {Percentile(best, 0.50):0.0}  p99 {Percentile(best, 0.99):0.0}  max {best[^1]:0.0}");
        var withinBudget = Percentile(best, 0.99) <= 1_000;
        Console.WriteLine(withinBudget ? "lookup within the 1 ms budget at p99" : "lookup OVER the 1 ms budget at p99");
        return Task.FromResult(withinBudget ? 0 : 1);
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Typo(string name, Random random)
    {
        var chars = name.ToCharArray();
        var i = random.Next(1, Math.Max(2, name.IndexOf(' ', StringComparison.Ordinal)));
        (chars[i], chars[i - 1]) = (chars[i - 1], chars[i]);
        return new string(chars);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
