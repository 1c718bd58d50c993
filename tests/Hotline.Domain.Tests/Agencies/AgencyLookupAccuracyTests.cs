using Hotline.Domain.Agencies;

namespace Hotline.Domain.Tests.Agencies;

/// <summary>
/// Lookup measured against the shipped sample register: how people actually type agency names.
/// Expected is a licence number, "none" (must not match anything), or several numbers joined by
/// "|" (the name is shared, so the answer must be "did you mean").
/// </summary>
public sealed class AgencyLookupAccuracyTests
{
    public static readonly TheoryData<string, string> Spellings = new()
    {
        // English as registered, with and without legal-form noise, case, missing spaces
        { "Kdam Meas Manpower Co., Ltd.", "SAMPLE-0001" },
        { "Kdam Meas Manpower Co.,Ltd", "SAMPLE-0001" },
        { "KDAM MEAS MANPOWER COMPANY LIMITED", "SAMPLE-0001" },
        { "kdam meas", "SAMPLE-0001" },
        { "KdamMeasManpower", "SAMPLE-0001" },
        { "Kdam Mes Manpower", "SAMPLE-0001" },
        { "Golden Lotus Recruitment", "SAMPLE-0002" },
        { "golden lotus", "SAMPLE-0002" },
        { "Goldenlotus recruitment co ltd", "SAMPLE-0002" },
        { "Sva Pram", "SAMPLE-0003" },
        { "swa pram human resource", "SAMPLE-0003" },
        { "Trey Ros Manpower", "SAMPLE-0004" },
        { "trei ros", "SAMPLE-0004" },
        { "Blue Kite Overseas", "SAMPLE-0005" },
        { "bluekite", "SAMPLE-0005" },
        { "Damrey Sar", "SAMPLE-0006" },
        { "Damrei Sar Manpower", "SAMPLE-0006" },
        { "tonsaymeas recruitment", "SAMPLE-0007" },
        { "Pich Romduol", "SAMPLE-0008" },
        { "Pech Romdoul Manpower", "SAMPLE-0008" },
        { "Silver Moon", "SAMPLE-0009" },
        { "Neak Poan Manpower Co., Ltd", "SAMPLE-0010" },
        { "Koprey Khmer Recruitment", "SAMPLE-0011" },
        { "Reaksmei Thmei Manpower", "SAMPLE-0012" },
        { "Raksmey Thmey", "SAMPLE-0012" },
        { "Bopha Chhnam Thmey", "SAMPLE-0013" },
        { "Sovan Kdam HR", "SAMPLE-0014" },
        { "Phka Chan Manpower", "SAMPLE-0015" },
        { "Phka Chan Recruitment", "SAMPLE-0016" },
        { "Phka Chan", "SAMPLE-0015|SAMPLE-0016" },
        { "Seven Herons", "SAMPLE-0017" },
        { "Tep Sokha", "SAMPLE-0018" },
        { "Mealea Sen", "SAMPLE-0019" },
        { "Chenda Pheap HR", "SAMPLE-0020" },
        { "Krapue Meas Manpower", "SAMPLE-0021" },
        { "Red Rooster", "SAMPLE-0022" },
        { "Thida Rit Manpower", "SAMPLE-0023" },
        { "Vireak Bayon", "SAMPLE-0024" },
        { "Srolanh Srok", "SAMPLE-0025" },
        { "kampongtukthla", "SAMPLE-0026" },
        { "Sao Prak", "SAMPLE-0027" },
        { "Lotus Bridge", "SAMPLE-0028" },
        { "Pailin Tbong Manpower", "SAMPLE-0029" },
        { "Sokun Mean", "SAMPLE-0030" },
        { "Chhaya Dara", "SAMPLE-0031" },
        { "Phnom Chhngay", "SAMPLE-0032" },
        { "Morodok Thmo", "SAMPLE-0033" },
        { "Angkrong Meas", "SAMPLE-0034" },
        { "Samut Khiev Manpower", "SAMPLE-0035" },
        { "Kanhchanea", "SAMPLE-0036" },
        { "Doung Dara Manpower", "SAMPLE-0037" },
        { "Preah Khan Kite", "SAMPLE-0038" },
        { "MeasSovannPhum", "SAMPLE-0039" },
        { "Rumchang Kampuchea", "SAMPLE-0040" },

        // Romanized Khmer of a translated English name (registered as an alias)
        { "Chhouk Meas", "SAMPLE-0002" },
        { "chhok meas recruitment", "SAMPLE-0002" },
        { "Khleng Khiev", "SAMPLE-0005" },
        { "Chan Prak", "SAMPLE-0009" },
        { "Kro Sa Pram Pil", "SAMPLE-0017" },
        { "Spean Chhouk", "SAMPLE-0028" },

        // Khmer script: full, without ក្រុមហ៊ុន/ឯ.ក, with ZWSP, subscript TA for DA, unspaced
        { "ក្រុមហ៊ុន ក្ដាមមាស ម៉ែនផៅវើ ឯ.ក", "SAMPLE-0001" },
        { "ក្តាមមាស", "SAMPLE-0001" },
        { "ក្ដាម\u200Bមាស\u200Bម៉ែនផៅវើ", "SAMPLE-0001" },
        { "ឈូកមាស", "SAMPLE-0002" },
        { "ស្វាប្រាំ ធនធានមនុស្ស", "SAMPLE-0003" },
        { "ចន្ទប្រាក់", "SAMPLE-0009" },
        { "ទេពសុខា", "SAMPLE-0018" },
        { "ក្រុមហ៊ុនមាសសុវណ្ណភូមិម៉ែនផៅវើឯ.ក", "SAMPLE-0039" },
        { "ក្រុមហ៊ុន ដួងដារា ខូអិលធីឌី", "SAMPLE-0037" },

        // Licence numbers
        { "SAMPLE-0012", "SAMPLE-0012" },
        { "sample 0012", "SAMPLE-0012" },
        { "12", "SAMPLE-0012" },
        { "SAMPLE-០០២២", "SAMPLE-0022" },
        { "SAMPLE-0099", "none" },
        { "4417", "none" },

        // Names that are not on the list must not match anything
        { "Angkor Wat Manpower", "none" },
        { "Sok Sabay Recruitment", "none" },
        { "Mekong Star Overseas", "none" },
        { "Golden Dragon Co., Ltd", "none" },
        { "Phnom Penh Jobs", "none" },
        { "Sunrise Recruitment Agency", "none" },
        { "Kdam Krohom Manpower", "none" },
        { "Sva Buon Manpower", "none" },
        { "Golden Crab Manpower", "none" },
        { "Silver Star Manpower", "none" },
        { "Tonle Sap Recruitment", "none" },
        { "Mr Sok broker", "none" },
        { "ក្រុមហ៊ុន ពន្លឺថ្មី ឯ.ក", "none" },
        { "ក្រុមហ៊ុន ផ្កាយព្រឹក ម៉ែនផៅវើ", "none" },
        { "Lucky Seven", "none" },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void A_name_on_the_list_is_never_mistaken_for_another_licensed_agency(string query, string expected)
    {
        Assert.False(IsFalseLicensed(SampleRegister.Register.Lookup(query), expected), $"'{query}' wrongly answered licensed");
    }

    [Fact]
    public void At_least_95_percent_of_spellings_find_the_agency_meant_and_none_is_falsely_licensed()
    {
        var rows = Spellings.Select(r => ((string)r[0], (string)r[1])).ToList();
        Assert.True(rows.Count >= 60);

        var wrong = new List<string>();
        var falseLicensed = 0;
        foreach (var (query, expected) in rows)
        {
            var result = SampleRegister.Register.Lookup(query);
            if (!IsCorrect(result, expected)) wrong.Add($"{query} → {Describe(result)} (expected {expected})");
            if (IsFalseLicensed(result, expected)) falseLicensed++;
        }

        var rate = 1.0 - (double)wrong.Count / rows.Count;
        Assert.True(rate >= 0.95, $"correct top match {rate:P1}; wrong: {string.Join(" | ", wrong)}");
        Assert.Equal(0, falseLicensed);
    }

    private static bool IsCorrect(AgencyLookupResult result, string expected)
    {
        if (expected == "none") return result is AgencyLookupResult.NoMatch;
        var allowed = expected.Split('|');
        if (allowed.Length > 1) return result is AgencyLookupResult.Ambiguous a && allowed.Contains(a.Candidates[0].Agency.LicenceNumber);
        return result.Top?.LicenceNumber == expected;
    }

    /// <summary>The one error that must never happen: "licensed" for a name that is not that licensed agency.</summary>
    private static bool IsFalseLicensed(AgencyLookupResult result, string expected) =>
        result is AgencyLookupResult.Match { Agency.Status: AgencyStatus.Licensed } m
        && !expected.Split('|').Contains(m.Agency.LicenceNumber);

    private static string Describe(AgencyLookupResult result) => result switch
    {
        AgencyLookupResult.Match m => $"match {m.Agency.LicenceNumber} {m.Confidence:0.00}",
        AgencyLookupResult.Ambiguous a => "ambiguous " + string.Join(",", a.Candidates.Select(c => $"{c.Agency.LicenceNumber} {c.Confidence:0.00}")),
        _ => "no match",
    };
}
