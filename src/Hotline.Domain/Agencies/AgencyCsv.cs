using System.Globalization;

namespace Hotline.Domain.Agencies;

/// <summary>
/// Reads an agency register from CSV, the format operators import official lists in.
/// Columns (header row, any order, names case-insensitive):
/// <c>name_km, name_en, licence_number, destinations, status, source, published, sample</c> and optionally <c>aliases</c>.
/// <c>destinations</c> and <c>aliases</c> hold several values separated by <c>|</c>; <c>status</c> is
/// licensed, suspended or revoked; <c>published</c> is yyyy-MM-dd; <c>sample</c> is true/false.
/// Lines starting with <c>#</c> before the header are comments (the shipped sample explains itself there).
/// </summary>
public static class AgencyCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["name_km", "name_en", "licence_number", "destinations", "status", "source", "published", "sample", "aliases"];

    private static readonly string[] Required = ["licence_number", "status", "source", "published"];

    public static AgencyCsvResult Parse(TextReader reader)
    {
        var agencies = new List<Agency>();
        var errors = new List<AgencyCsvError>();
        Dictionary<string, int>? columns = null;
        var licences = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (line, fields) in CsvReader.Read(reader))
        {
            if (fields.Count == 1 && fields[0].Trim().Length == 0) continue;
            if (columns is null)
            {
                if (fields[0].TrimStart().StartsWith('#')) continue;
                columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < fields.Count; i++) columns.TryAdd(fields[i].Trim(), i);
                var missing = Required.Where(r => !columns.ContainsKey(r)).ToList();
                if (!columns.ContainsKey("name_km") && !columns.ContainsKey("name_en")) missing.Add("name_km or name_en");
                if (missing.Count > 0)
                {
                    errors.Add(new AgencyCsvError(line, $"header is missing: {string.Join(", ", missing)}"));
                    return new AgencyCsvResult(agencies, errors);
                }
                continue;
            }

            string Get(string name) =>
                columns.TryGetValue(name, out var i) && i < fields.Count ? fields[i].Trim() : string.Empty;

            var rowErrors = new List<string>();
            var licence = Get("licence_number");
            var nameKm = Get("name_km");
            var nameEn = Get("name_en");
            if (licence.Length == 0) rowErrors.Add("licence_number is empty");
            else if (!licences.Add(AgencyNameKey.Licence(licence))) rowErrors.Add($"licence_number {licence} appears twice");
            if (nameKm.Length == 0 && nameEn.Length == 0) rowErrors.Add("both names are empty");

            AgencyStatus status = default;
            var statusText = Get("status").ToLowerInvariant();
            switch (statusText)
            {
                case "licensed": status = AgencyStatus.Licensed; break;
                case "suspended": status = AgencyStatus.Suspended; break;
                case "revoked": status = AgencyStatus.Revoked; break;
                default: rowErrors.Add($"status '{Get("status")}' is not licensed, suspended or revoked"); break;
            }

            var source = Get("source");
            if (source.Length == 0) rowErrors.Add("source is empty");
            if (!DateOnly.TryParseExact(Get("published"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
                rowErrors.Add($"published '{Get("published")}' is not a date (yyyy-MM-dd)");

            var sample = false;
            var sampleText = Get("sample").ToLowerInvariant();
            if (sampleText is "true" or "yes" or "1" or "sample") sample = true;
            else if (sampleText is not ("" or "false" or "no" or "0")) rowErrors.Add($"sample '{Get("sample")}' is not true or false");

            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors.Select(e => new AgencyCsvError(line, e)));
                continue;
            }
            agencies.Add(new Agency(licence, nameKm, nameEn, Split(Get("aliases")), Split(Get("destinations")),
                status, source, published, sample));
        }

        if (columns is null) errors.Add(new AgencyCsvError(1, "the file has no header row"));
        return new AgencyCsvResult(agencies, errors);
    }

    public static AgencyCsvResult Parse(string text) => Parse(new StringReader(text));

    private static IReadOnlyList<string> Split(string value) =>
        value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>The rows read and every problem found. An importer should refuse the file when <see cref="IsValid"/> is false.</summary>
public sealed record AgencyCsvResult(IReadOnlyList<Agency> Agencies, IReadOnlyList<AgencyCsvError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Agencies.Count > 0;
}

/// <summary>A problem on one line of the file, worded for the operator who has to fix it.</summary>
public sealed record AgencyCsvError(int Line, string Message);
