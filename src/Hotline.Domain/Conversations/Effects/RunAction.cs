namespace Hotline.Domain.Conversations.Effects;

/// <summary>
/// A flow called a named action that no pure <c>IDialogAction</c> in the content snapshot performs, so the host
/// must (for example <c>open_help_request</c>, <c>page_on_call</c>, <c>enrol</c>). <paramref name="Args"/> are the
/// node's arguments with placeholders already filled from the conversation's saved values.
/// </summary>
public sealed record RunAction(string Name, IReadOnlyDictionary<string, string> Args) : Effect
{
    public bool Equals(RunAction? other) =>
        other is not null && Name == other.Name && Args.Count == other.Args.Count
        && Args.All(a => other.Args.TryGetValue(a.Key, out var v) && v == a.Value);

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
}
