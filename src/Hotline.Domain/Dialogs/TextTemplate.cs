using System.Text;

namespace Hotline.Domain.Dialogs;

/// <summary>
/// <c>{name}</c> placeholders in texts and action arguments, filled from the conversation's saved values.
/// A value that is not set renders as nothing rather than as a raw <c>{name}</c> on someone's phone.
/// </summary>
public static class TextTemplate
{
    public static string Render(string template, IReadOnlyDictionary<string, string> values)
    {
        var open = template.IndexOf('{');
        if (open < 0) return template;
        var sb = new StringBuilder(template.Length + 16);
        var i = 0;
        while (open >= 0)
        {
            var close = template.IndexOf('}', open + 1);
            if (close < 0) break;
            var name = template.AsSpan(open + 1, close - open - 1);
            if (!IsName(name))
            {
                sb.Append(template, i, open + 1 - i);
                i = open + 1;
                open = template.IndexOf('{', i);
                continue;
            }
            sb.Append(template, i, open - i);
            if (values.TryGetValue(name.ToString(), out var value)) sb.Append(value);
            i = close + 1;
            open = template.IndexOf('{', i);
        }
        sb.Append(template, i, template.Length - i);
        return sb.ToString();
    }

    /// <summary>The placeholder names a template uses, in order of first appearance.</summary>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        var names = new List<string>();
        var open = template.IndexOf('{');
        while (open >= 0)
        {
            var close = template.IndexOf('}', open + 1);
            if (close < 0) break;
            var name = template.Substring(open + 1, close - open - 1);
            if (IsName(name) && !names.Contains(name)) names.Add(name);
            open = template.IndexOf('{', open + 1);
        }
        return names;
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.Length == 0) return false;
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '.')) return false;
        }
        return true;
    }
}
