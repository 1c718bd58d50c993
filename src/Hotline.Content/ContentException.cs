using Hotline.Domain.Dialogs;

namespace Hotline.Content;

/// <summary>The content cannot be loaded; <see cref="Errors"/> lists every problem found, not just the first.</summary>
public sealed class ContentException : Exception
{
    public ContentException(IReadOnlyList<ContentIssue> errors)
        : base($"The content has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
    {
        Errors = errors;
    }

    public IReadOnlyList<ContentIssue> Errors { get; }
}
