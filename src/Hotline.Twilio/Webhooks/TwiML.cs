using System.Text;

namespace Hotline.Twilio.Webhooks;

/// <summary>
/// TwiML answers to messaging webhooks. The hotline normally answers with <see cref="EmptyResponse"/>
/// and sends replies through the outbox, because an empty HTTP body is logged by Twilio as error
/// 11200. The writer matches twilio-node's output byte for byte and strips characters XML 1.0
/// forbids (generated text may contain them; Twilio would reject the document with 12100).
/// </summary>
public static class TwiML
{
    /// <summary>The "no reply" answer. No whitespace may precede the declaration.</summary>
    public const string EmptyResponse = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    /// <summary>The content type to send with TwiML; a response without one fails with 12300.</summary>
    public const string ContentType = "text/xml; charset=utf-8";

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /// <summary>A <c>&lt;Response&gt;</c> with the given messages in order; none gives <see cref="EmptyResponse"/>.</summary>
    public static string Messages(params IReadOnlyList<TwimlMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return EmptyResponse;
        }

        var xml = new StringBuilder(Declaration).Append("<Response>");
        foreach (var message in messages)
        {
            AppendMessage(xml, message);
        }

        return xml.Append("</Response>").ToString();
    }

    private static void AppendMessage(StringBuilder xml, TwimlMessage message)
    {
        xml.Append("<Message");
        AppendAttribute(xml, "to", message.To);
        AppendAttribute(xml, "from", message.From);
        AppendAttribute(xml, "action", message.Action);
        AppendAttribute(xml, "method", message.Method);
        AppendAttribute(xml, "statusCallback", message.StatusCallback);
        if (message.MediaUrls.Count == 0)
        {
            if (message.Body.Length == 0)
            {
                xml.Append("/>");
                return;
            }

            xml.Append('>');
            AppendText(xml, message.Body);
            xml.Append("</Message>");
            return;
        }

        xml.Append('>');
        if (message.Body.Length > 0)
        {
            xml.Append("<Body>");
            AppendText(xml, message.Body);
            xml.Append("</Body>");
        }

        foreach (var url in message.MediaUrls)
        {
            xml.Append("<Media>");
            AppendText(xml, url);
            xml.Append("</Media>");
        }

        xml.Append("</Message>");
    }

    private static void AppendAttribute(StringBuilder xml, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.Append(' ').Append(name).Append("=\"");
        foreach (var c in XmlLegal(value))
        {
            xml.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '"' => "&quot;",
                '\t' => "&#x9;",
                '\n' => "&#xA;",
                '\r' => "&#xD;",
                _ => c.ToString(),
            });
        }

        xml.Append('"');
    }

    private static void AppendText(StringBuilder xml, string text)
    {
        foreach (var c in XmlLegal(text))
        {
            switch (c)
            {
                case '&': xml.Append("&amp;"); break;
                case '<': xml.Append("&lt;"); break;
                case '>': xml.Append("&gt;"); break;
                case '\r': xml.Append("&#xD;"); break;
                default: xml.Append(c); break;
            }
        }
    }

    /// <summary>
    /// The text without characters XML 1.0 forbids: C0 controls other than tab, LF and CR,
    /// U+FFFE/U+FFFF, and unpaired surrogates. Paired surrogates (emoji) are kept.
    /// </summary>
    public static string XmlLegal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var legal = true;
            var width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (c < ' ' && c is not ('\t' or '\n' or '\r')))
            {
                legal = false;
            }

            if (!legal)
            {
                clean ??= new StringBuilder(text, 0, i, text.Length);
            }
            else
            {
                clean?.Append(text, i, width);
            }

            i += width - 1;
        }

        return clean?.ToString() ?? text;
    }
}
