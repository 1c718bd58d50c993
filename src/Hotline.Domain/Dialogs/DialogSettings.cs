using Hotline.Domain.Language;

namespace Hotline.Domain.Dialogs;

/// <summary>How the engine behaves around the flows: read from <c>content/settings.yaml</c>.</summary>
public sealed record DialogSettings
{
    /// <summary>
    /// Inactivity after which a half-finished conversation is dropped (rule R4; Polaris closes after 15 minutes).
    /// Nothing is sent when it expires; a person who writes again gets the welcome-back menu.
    /// </summary>
    public TimeSpan ExpiresAfter { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Replies not understood before the engine stops re-asking and offers the menu or a person.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Recogniser confidence below which an answer counts as not understood.</summary>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>The form used before a person's language is known (only the language prompt is sent then).</summary>
    public LanguageForm DefaultLanguage { get; init; } = LanguageForm.Km;

    /// <summary>Offset for "today" in date answers: Cambodia and Thailand are both UTC+7.</summary>
    public TimeSpan UtcOffset { get; init; } = TimeSpan.FromHours(7);

    /// <summary>Default SMS segment budget of a text that sets none.</summary>
    public int DefaultBudget { get; init; } = 2;

    public string StartFlow { get; init; } = "menu";
    public string LanguageFlow { get; init; } = "language";
    public string UrgentFlow { get; init; } = "urgent";

    /// <summary>Replaces the start flow's first prompt on first contact: the menu plus how to end the chat and delete the thread (rule R8).</summary>
    public required LocalizedText FirstContact { get; init; }

    /// <summary>Replaces the start flow's first prompt when someone returns after the conversation expired.</summary>
    public required LocalizedText WelcomeBack { get; init; }

    /// <summary>Said before the prompt again when a reply was not understood and the question has no retry text.</summary>
    public required LocalizedText NotUnderstood { get; init; }

    /// <summary>Said after too many replies not understood; the person is then at the menu without it being resent.</summary>
    public required LocalizedText GiveUp { get; init; }

    /// <summary>The HELP command's answer; the current question is asked again after it.</summary>
    public required LocalizedText Help { get; init; }

    /// <summary>Our own answer to STOP, or null: on long codes the provider already answers STOP itself.</summary>
    public LocalizedText? StopReply { get; init; }

    /// <summary>The one harmless line after the quick-exit word, or null for none (rule R7).</summary>
    public LocalizedText? QuickExitReply { get; init; }

    /// <summary>Every text the settings refer to, with the setting's name, for the content check.</summary>
    public IEnumerable<(string Setting, LocalizedText Text)> Texts()
    {
        yield return ("first_contact", FirstContact);
        yield return ("welcome_back", WelcomeBack);
        yield return ("not_understood", NotUnderstood);
        yield return ("give_up", GiveUp);
        yield return ("help", Help);
        if (StopReply is not null) yield return ("stop_reply", StopReply);
        if (QuickExitReply is not null) yield return ("quick_exit_reply", QuickExitReply);
    }
}
