namespace Hotline.Domain.Dialogs;

public enum IssueSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One finding about the content, located as precisely as possible so that an editor can go straight to it:
/// the file, the flow and node, the text key and the language form.
/// </summary>
public sealed record ContentIssue(IssueSeverity Severity, string File, string Message)
{
    public string? Flow { get; init; }
    public string? Node { get; init; }
    public string? TextKey { get; init; }
    public string? Language { get; init; }

    public override string ToString()
    {
        var where = File;
        if (Flow is not null) where += $" flow '{Flow}'";
        if (Node is not null) where += $" node '{Node}'";
        if (TextKey is not null) where += $" text '{TextKey}'";
        if (Language is not null) where += $" [{Language}]";
        return $"{(Severity == IssueSeverity.Error ? "error" : "warning")}: {where}: {Message}";
    }
}
