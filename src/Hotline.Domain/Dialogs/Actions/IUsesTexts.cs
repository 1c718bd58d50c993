namespace Hotline.Domain.Dialogs.Actions;

/// <summary>
/// An action that builds its replies from content texts. The content check fails when one of
/// <see cref="TextKeys"/> is missing, and does not report these texts as unused.
/// </summary>
public interface IUsesTexts
{
    IEnumerable<string> TextKeys { get; }
}
