namespace Hotline.Twilio.Webhooks;

/// <summary>One <c>MediaUrl{N}</c> / <c>MediaContentType{N}</c> pair of an inbound MMS or WhatsApp message.</summary>
public sealed record MediaAttachment(int Index, string Url, string? ContentType);
