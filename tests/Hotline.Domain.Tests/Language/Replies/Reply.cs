using Hotline.Domain.Language;

namespace Hotline.Domain.Tests.Language.Replies;

/// <summary>
/// One reply a person might send, the form it is written in, and what the recogniser must make of it.
/// <see cref="Expected"/> null means the reply must NOT be recognised.
/// </summary>
public sealed record Reply(LanguageForm Form, string Text, object? Expected)
{
    public override string ToString() => $"[{Form.Code()}] {Text}";
}

/// <summary>The recognisers measured in the accuracy table, in the order the table lists them.</summary>
public enum RecogniserName
{
    Language,
    YesNo,
    Choice,
    Number,
    Money,
    Phone,
    Age,
    Duration,
    Date,
    Place,
}

/// <summary>Which menu a choice reply answers.</summary>
public enum PreparedSet
{
    Countries,
    Problems,
}
