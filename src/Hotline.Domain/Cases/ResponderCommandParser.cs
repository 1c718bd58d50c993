namespace Hotline.Domain.Cases;

/// <summary>
/// Reads an SMS from a registered responder number as a command. Grammar (command words in any case,
/// tokens separated by any spaces, Khmer digits ០–៩ accepted wherever digits are):
/// <code>
/// ACK  &lt;case&gt; [code]          take the case
/// 1    [code]                 take the case of the latest page
/// PASS &lt;case&gt; [code]          decline it
/// R    &lt;case&gt; [#code] &lt;text&gt;  reply to the person (text kept exactly as typed)
/// DONE &lt;case&gt; [code] [note]    close it
/// ON   [code]   |   OFF [code]   |   HELP
/// </code>
/// A case is 4–6 characters of <see cref="ShortCode.Alphabet"/>; a code is a PIN or page code of 4–8
/// digits, with or without a leading '#'. In R the code must carry the '#', because a reply may well
/// start with a number ("R K7Q4 2000 baht is owed"). Anything else is null, and the host answers with
/// <see cref="ResponderTexts.Usage"/>: a near miss is never guessed into a command, because a wrong
/// guess could take or close someone else's case.
/// </summary>
public static class ResponderCommandParser
{
    /// <summary>The command in <paramref name="text"/>, or null when it is not one.</summary>
    public static ResponderCommand? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var position = 0;
        var word = NextToken(text, ref position);
        if (word is null) return null;

        return Normalise(word) switch
        {
            "ACK" => CaseWithCode(text, position, ResponderCommandKind.Ack),
            "PASS" => CaseWithCode(text, position, ResponderCommandKind.Pass),
            "1" => CodeOnly(text, position, ResponderCommandKind.AckLatest),
            "ON" => CodeOnly(text, position, ResponderCommandKind.On),
            "OFF" => CodeOnly(text, position, ResponderCommandKind.Off),
            "HELP" => NextToken(text, ref position) is null ? new ResponderCommand(ResponderCommandKind.Help, null, null, null) : null,
            "R" => Reply(text, position),
            "DONE" => Done(text, position),
            _ => null,
        };
    }

    private static ResponderCommand? CaseWithCode(string text, int position, ResponderCommandKind kind)
    {
        var caseCode = CaseCode(NextToken(text, ref position));
        if (caseCode is null) return null;
        var next = NextToken(text, ref position);
        if (next is null) return new ResponderCommand(kind, caseCode, null, null);
        var code = Credential(next, hashRequired: false);
        return code is not null && NextToken(text, ref position) is null ? new ResponderCommand(kind, caseCode, code, null) : null;
    }

    private static ResponderCommand? CodeOnly(string text, int position, ResponderCommandKind kind)
    {
        var next = NextToken(text, ref position);
        if (next is null) return new ResponderCommand(kind, null, null, null);
        var code = Credential(next, hashRequired: false);
        return code is not null && NextToken(text, ref position) is null ? new ResponderCommand(kind, null, code, null) : null;
    }

    private static ResponderCommand? Reply(string text, int position)
    {
        var caseCode = CaseCode(NextToken(text, ref position));
        if (caseCode is null) return null;
        var afterCase = position;
        var code = Credential(NextToken(text, ref position), hashRequired: true);
        var rest = Rest(text, code is null ? afterCase : position);
        return rest.Length == 0 ? null : new ResponderCommand(ResponderCommandKind.Reply, caseCode, code, rest);
    }

    private static ResponderCommand? Done(string text, int position)
    {
        var caseCode = CaseCode(NextToken(text, ref position));
        if (caseCode is null) return null;
        var afterCase = position;
        var code = Credential(NextToken(text, ref position), hashRequired: false);
        var rest = Rest(text, code is null ? afterCase : position);
        return new ResponderCommand(ResponderCommandKind.Done, caseCode, code, rest.Length == 0 ? null : rest);
    }

    private static string? CaseCode(string? token)
    {
        if (token is null) return null;
        var code = Normalise(token);
        return ShortCode.IsCaseCode(code) ? code : null;
    }

    private static string? Credential(string? token, bool hashRequired)
    {
        if (token is null) return null;
        var code = Normalise(token);
        if (code.StartsWith('#')) code = code[1..];
        else if (hashRequired) return null;
        return ShortCode.IsDigitCode(code) ? code : null;
    }

    /// <summary>Upper case with Khmer digits as ASCII digits.</summary>
    private static string Normalise(string token)
    {
        var chars = token.ToUpperInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u17E0' and <= '\u17E9') chars[i] = (char)('0' + (chars[i] - '\u17E0'));
        }

        return new string(chars);
    }

    /// <summary>The next token from <paramref name="position"/>, or null at the end; moves past it.</summary>
    private static string? NextToken(string text, ref int position)
    {
        while (position < text.Length && IsSeparator(text[position])) position++;
        if (position >= text.Length) return null;
        var start = position;
        while (position < text.Length && !IsSeparator(text[position])) position++;
        return text[start..position];
    }

    /// <summary>Everything after <paramref name="position"/>, as typed, without the spaces around it.</summary>
    private static string Rest(string text, int position)
    {
        var start = position;
        var end = text.Length;
        while (start < end && IsSeparator(text[start])) start++;
        while (end > start && IsSeparator(text[end - 1])) end--;
        return text[start..end];
    }

    /// <summary>Spaces, line breaks, and the zero-width characters Khmer keyboards put between words.</summary>
    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF';
}
