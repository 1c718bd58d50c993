using System.Text.RegularExpressions;
using Hotline.Domain.Tests.Agencies;
using Hotline.Domain.Cases;

namespace Hotline.Domain.Tests.Cases;

/// <summary>
/// Reads content/emergency.yaml for the tests. The file keeps to a small, fixed layout (two-space
/// indents, one key per line) so that it reads the same here as in the content loader.
/// </summary>
internal static partial class ShippedEmergencyContacts
{
    public static EmergencyContacts Load()
    {
        var labels = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        var countries = new List<EmergencyCountry>();
        string? section = null;
        Dictionary<string, string>? label = null;
        List<EmergencyNumber>? numbers = null;
        Dictionary<string, string>? number = null;

        void FlushNumber()
        {
            if (number is null || numbers is null) return;
            numbers.Add(new EmergencyNumber(
                number.GetValueOrDefault("label", ""),
                number.GetValueOrDefault("number", ""),
                number.GetValueOrDefault("source"),
                number.TryGetValue("checked", out var c) ? DateOnly.Parse(c, System.Globalization.CultureInfo.InvariantCulture) : null,
                number.GetValueOrDefault("sample") == "true",
                number.GetValueOrDefault("verify")));
            number = null;
        }

        foreach (var raw in File.ReadAllLines(RepositoryFile.Find("content", "emergency.yaml")))
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var match = KeyValue().Match(line);
            if (!match.Success) throw new FormatException("unexpected line: " + line);
            var indent = match.Groups["indent"].Length;
            var item = match.Groups["dash"].Success;
            var key = match.Groups["key"].Value;
            var value = Unquote(match.Groups["value"].Value);

            if (indent == 0)
            {
                FlushNumber();
                section = key;
            }
            else if (section == "labels" && indent == 2)
            {
                label = new Dictionary<string, string>();
                labels[key] = label;
            }
            else if (section == "labels" && indent == 4)
            {
                label![key] = value;
            }
            else if (section == "countries" && item && key == "country")
            {
                FlushNumber();
                numbers = [];
                countries.Add(new EmergencyCountry(value, numbers));
            }
            else if (section == "countries" && item && key == "label")
            {
                FlushNumber();
                number = new Dictionary<string, string> { ["label"] = value };
            }
            else if (section == "countries" && number is not null && key != "numbers")
            {
                number[key] = value;
            }
        }

        FlushNumber();
        return new EmergencyContacts(countries, labels);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    [GeneratedRegex("^(?<indent> *)(?<dash>- )?(?<key>[A-Za-z-]+):\\s*(?<value>.*)$")]
    private static partial Regex KeyValue();
}
