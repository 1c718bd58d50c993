using System.Text;

namespace Hotline.Domain.Agencies;

/// <summary>
/// RFC 4180 records: fields separated by commas, optionally quoted; a quote inside a quoted field
/// is doubled; quoted fields may hold commas and line breaks; lines end in CRLF or LF. A leading
/// UTF-8 byte-order mark is ignored (spreadsheets on Windows write one).
/// </summary>
public static class CsvReader
{
    /// <summary>Each record with the line number (1-based) it starts on.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var quotedField = false;
        var first = true;
        int next;
        while ((next = reader.Read()) != -1)
        {
            var c = (char)next;
            if (first)
            {
                first = false;
                if (c == '\uFEFF') continue;
            }
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else inQuotes = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0 && !quotedField:
                    inQuotes = true;
                    quotedField = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    quotedField = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    quotedField = false;
                    yield return (recordLine, fields.ToArray());
                    fields.Clear();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (field.Length > 0 || fields.Count > 0 || quotedField)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields.ToArray());
        }
    }

    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(string text) => Read(new StringReader(text));
}
