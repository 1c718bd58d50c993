using System.Collections.Immutable;
using Hotline.Domain.Language;

namespace Hotline.Domain.Conversations;

/// <summary>
/// Where a contact is in a conversation. Stored (encrypted) as JSON by the host between messages,
/// so every property must round-trip through System.Text.Json.
/// </summary>
public sealed record ConversationState
{
    public static readonly ConversationState New = new();

    /// <summary>Language form in use for this conversation.</summary>
    public LanguageForm? Language { get; init; }

    /// <summary>The flow being run, or null when idle.</summary>
    public string? FlowId { get; init; }

    /// <summary>The node waiting for an answer, or null when idle.</summary>
    public string? NodeId { get; init; }

    /// <summary>Unrecognised answers given to the current question.</summary>
    public int Attempts { get; init; }

    /// <summary>When the person last wrote; drives expiry after inactivity.</summary>
    public DateTimeOffset? LastActivityAt { get; init; }

    /// <summary>Values saved by the flow (answers, results), by name.</summary>
    public ImmutableDictionary<string, string> Values { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Flows to return to when a called flow ends (innermost last).</summary>
    public ImmutableList<ReturnPoint> Stack { get; init; } = ImmutableList<ReturnPoint>.Empty;

    /// <summary>
    /// The greeting still owed to the person: set when a session starts (first contact, or a return after the
    /// conversation expired) and spent on the first menu prompt, which it replaces. It survives the language
    /// prompt, so a person who first picks a language still gets the first-contact safety lines with the menu.
    /// </summary>
    public SessionOpening PendingOpening { get; init; }
}

/// <summary>Which greeting opens a session.</summary>
public enum SessionOpening
{
    None,
    FirstContact,
    WelcomeBack,
}

/// <summary>Where to continue after a sub-flow ends.</summary>
public sealed record ReturnPoint(string FlowId, string NodeId);
