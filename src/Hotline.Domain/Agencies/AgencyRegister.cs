using System.Buffers;
using System.Text.RegularExpressions;

namespace Hotline.Domain.Agencies;

/// <summary>
/// The published list of recruitment agencies, searchable by licence number or by name as people
/// type it: Khmer script, romanized Khmer or English, with typos, missing spaces and "Co., Ltd".
/// Immutable once built; safe to share between threads.
/// </summary>
/// <remarks>
/// Safety rule: a wrong "licensed" is worse than no answer, because it sends someone to a broker
/// with the hotline's blessing. So a name only counts as a <see cref="AgencyLookupResult.Match"/>
/// when it is close (<see cref="MatchAt"/>) and clearly ahead of the next agency
/// (<see cref="Margin"/>); anything less is a "did you mean" or "not on the list".
/// </remarks>
public sealed partial class AgencyRegister
{
    /// <summary>Similarity at or above which one name counts as the agency meant (about 1 edit in 9 characters).</summary>
    public const double MatchAt = 0.88;

    /// <summary>How far the best agency must lead the second for a match; closer than this is ambiguous.</summary>
    public const double Margin = 0.06;

    /// <summary>Similarity at or above which a name is offered as "did you mean".</summary>
    public const double SuggestAt = 0.72;

    private const int MaxCandidates = 5;
    private const int MaxScored = 48;

    private readonly Agency[] _agencies;
    private readonly Entry[] _entries;
    private readonly Dictionary<string, int> _byLicence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byLicenceDigits = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int[]> _trigrams;

    public AgencyRegister(IEnumerable<Agency> agencies)
    {
        _agencies = agencies.ToArray();
        var entries = new List<Entry>();
        for (var i = 0; i < _agencies.Length; i++)
        {
            var a = _agencies[i];
            var licence = AgencyNameKey.Licence(a.LicenceNumber);
            if (licence.Length > 0) _byLicence.TryAdd(licence, i);
            var digits = LicenceDigits(licence);
            if (digits.Length > 0)
            {
                if (!_byLicenceDigits.TryGetValue(digits, out var list)) _byLicenceDigits[digits] = list = [];
                list.Add(i);
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in a.Aliases.Prepend(a.NameEn).Prepend(a.NameKm))
            {
                var key = AgencyNameKey.Of(name);
                if (!key.IsEmpty && seen.Add(key.Full)) entries.Add(new Entry(i, key));
            }
        }
        _entries = entries.ToArray();

        // Cores are indexed, not full names: the generic words every agency shares ("manpower")
        // would otherwise make every name a candidate for every query.
        var postings = new Dictionary<long, List<int>>();
        for (var e = 0; e < _entries.Length; e++)
            foreach (var t in Trigrams(_entries[e].Key.Core))
            {
                if (!postings.TryGetValue(t, out var list)) postings[t] = list = [];
                list.Add(e);
            }
        _trigrams = postings.ToDictionary(p => p.Key, p => p.Value.ToArray());

        Info = new RegisterInfo(
            Source: string.Join("; ", _agencies.Select(a => a.Source).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)),
            PublishedOn: _agencies.Length == 0 ? DateOnly.MinValue : _agencies.Max(a => a.Published),
            // One sample row makes the whole list a sample: nothing from it may be confirmed.
            IsSample: _agencies.Length == 0 || _agencies.Any(a => a.Sample),
            Count: _agencies.Length);
    }

    public IReadOnlyList<Agency> Agencies => _agencies;

    public RegisterInfo Info { get; }

    public bool IsSample => Info.IsSample;

    public DateOnly PublishedOn => Info.PublishedOn;

    public bool CanConfirm(DateOnly today, int maxAgeDays) => Info.CanConfirm(today, maxAgeDays);

    public AgencyLookupResult Lookup(string? query)
    {
        var text = query?.Trim() ?? string.Empty;
        if (text.Length == 0) return new AgencyLookupResult.NoMatch(Info);

        var licence = AgencyNameKey.Licence(text);
        if (licence.Length > 0 && _byLicence.TryGetValue(licence, out var exact))
            return new AgencyLookupResult.Match(_agencies[exact], 1.0, Info);
        if (LicenceLike().IsMatch(text)) return LookupLicence(licence);

        var key = AgencyNameKey.Of(text);
        if (key.Full.Length < 2) return new AgencyLookupResult.NoMatch(Info);
        return LookupName(key);
    }

    /// <summary>
    /// A licence number either is on the list or is not. A near-miss licence is a different licence,
    /// so there is no fuzzy matching here; only the bare number ("12" for "SAMPLE-0012") is accepted.
    /// </summary>
    private AgencyLookupResult LookupLicence(string licence)
    {
        if (!licence.All(char.IsAsciiDigit) || !_byLicenceDigits.TryGetValue(LicenceDigits(licence), out var found))
            return new AgencyLookupResult.NoMatch(Info);
        return found.Count == 1
            ? new AgencyLookupResult.Match(_agencies[found[0]], 1.0, Info)
            : new AgencyLookupResult.Ambiguous(found.Select(i => new AgencyCandidate(_agencies[i], 1.0)).ToList(), Info);
    }

    private AgencyLookupResult LookupName(NameKey query)
    {
        var best = BestPerAgency(query);
        if (best.Count == 0 || best[0].Confidence < SuggestAt) return new AgencyLookupResult.NoMatch(Info);

        var top = best[0];
        var second = best.Count > 1 ? best[1].Confidence : 0;
        if (top.Confidence >= MatchAt && top.Confidence - second >= Margin)
            return new AgencyLookupResult.Match(top.Agency, top.Confidence, Info);

        var candidates = best
            .TakeWhile(c => c.Confidence >= SuggestAt && c.Confidence >= top.Confidence - 0.1)
            .Take(MaxCandidates)
            .ToList();
        return new AgencyLookupResult.Ambiguous(candidates, Info);
    }

    private List<AgencyCandidate> BestPerAgency(NameKey query)
    {
        var queryTrigrams = Trigrams(query.Core);
        var shared = ArrayPool<int>.Shared.Rent(_entries.Length);
        // A pooled array may come back holding another caller's numbers.
        Array.Clear(shared, 0, _entries.Length);
        var touched = new List<int>();
        try
        {
            foreach (var t in queryTrigrams)
            {
                if (!_trigrams.TryGetValue(t, out var posting)) continue;
                foreach (var e in posting)
                {
                    if (shared[e] == 0) touched.Add(e);
                    shared[e]++;
                }
            }
            if (touched.Count == 0) return [];

            // Trigrams only choose whom to score; the edit distance decides. A third of the query's
            // trigrams in common still lets through names with two or three typos.
            var floor = Math.Max(1, queryTrigrams.Count / 3);
            var passing = touched.Where(e => shared[e] >= floor).ToArray();
            if (passing.Length > MaxScored)
            {
                var counts = passing.Select(e => -shared[e]).ToArray();
                Array.Sort(counts, passing);
                passing = passing[..MaxScored];
            }

            var bestByAgency = new Dictionary<int, double>();
            foreach (var e in passing)
            {
                var entry = _entries[e];
                var score = Score(query, entry.Key);
                if (!bestByAgency.TryGetValue(entry.Agency, out var previous) || score > previous)
                    bestByAgency[entry.Agency] = score;
            }
            return bestByAgency
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key)
                .Select(p => new AgencyCandidate(_agencies[p.Key], Math.Round(p.Value, 3)))
                .ToList();
        }
        finally
        {
            foreach (var e in touched) shared[e] = 0;
            ArrayPool<int>.Shared.Return(shared);
        }
    }

    /// <summary>How close a query is to one name of an agency, 0–1.</summary>
    internal static double Score(NameKey query, NameKey name)
    {
        double score;
        if (query.Generic.Count > 0)
        {
            // The person typed generic words ("manpower"): compare what distinguishes the names,
            // and hold back when their generic words are not the agency's ("… Recruitment" asked,
            // "… Manpower" listed), since that may be another company with a borrowed name.
            score = StringDistance.Similarity(query.Core, name.Core) - (query.GenericWithin(name) ? 0 : 0.15);
        }
        else
        {
            // No generic word recognised: the person left them out, or misspelled one, or ran the
            // words together. Try the agency's core and its full name.
            score = Math.Max(StringDistance.Similarity(query.Full, name.Full), StringDistance.Similarity(query.Full, name.Core));
        }

        // Part of a name ("Sovann" for "Angkor Sovann Manpower") is only ever a suggestion.
        if (query.Core.Length >= 4 && score < 0.9 && name.Full.Contains(query.Core, StringComparison.Ordinal))
            score = Math.Max(score, 0.6 + 0.25 * Math.Min(1.0, (double)query.Core.Length / name.Core.Length));
        return Math.Clamp(score, 0, 1);
    }

    /// <summary>Distinct character trigrams, with boundary markers so short names and first and last letters count.</summary>
    private static HashSet<long> Trigrams(string key)
    {
        var s = "\u0002" + key + "\u0003";
        var set = new HashSet<long>();
        for (var i = 0; i + 3 <= s.Length; i++)
            set.Add(((long)s[i] << 32) | ((long)s[i + 1] << 16) | s[i + 2]);
        return set;
    }

    private static string LicenceDigits(string licence)
    {
        var digits = new string(licence.Where(char.IsAsciiDigit).ToArray()).TrimStart('0');
        return digits.Length == 0 && licence.Any(char.IsAsciiDigit) ? "0" : digits;
    }

    /// <summary>Letters (a prefix such as "SAMPLE" or "MLVT") then digits and separators only.</summary>
    [GeneratedRegex(@"^[A-Za-z]{0,10}[\s\-/.#:]*[0-9\u17E0-\u17E9][0-9\u17E0-\u17E9\s\-/.]*$")]
    private static partial Regex LicenceLike();

    private readonly record struct Entry(int Agency, NameKey Key);
}
