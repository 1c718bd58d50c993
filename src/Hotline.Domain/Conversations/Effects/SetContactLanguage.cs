using Hotline.Domain.Language;

namespace Hotline.Domain.Conversations.Effects;

/// <summary>Remember the person's language form on the contact (it outlives any one conversation).</summary>
public sealed record SetContactLanguage(LanguageForm Language) : Effect;
