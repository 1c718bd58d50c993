using System.Text.RegularExpressions;

namespace Hotline.Twilio.Webhooks;

/// <summary>
/// The form Twilio (or a compatible provider) posts for an inbound SMS, MMS or WhatsApp message.
/// Only <c>MessageSid</c> (the idempotency key) and <c>From</c> (who to answer) are required; every
/// other field is optional because the set varies by channel and grows without notice. Fields this
/// type does not know are kept in <see cref="Extra"/> rather than dropped.
/// </summary>
public sealed partial record InboundMessageForm
{
    public required string MessageSid { get; init; }
    public string? AccountSid { get; init; }
    public string? MessagingServiceSid { get; init; }
    public required ProviderAddress From { get; init; }
    public ProviderAddress? To { get; init; }

    /// <summary>The text, possibly empty (a media-only message). Length is not checked here.</summary>
    public string Body { get; init; } = "";

    public int NumMedia { get; init; }
    public int? NumSegments { get; init; }
    public IReadOnlyList<MediaAttachment> Media { get; init; } = [];

    public string? FromCountry { get; init; }
    public string? FromState { get; init; }
    public string? FromCity { get; init; }
    public string? FromZip { get; init; }
    public string? ToCountry { get; init; }
    public string? ToState { get; init; }
    public string? ToCity { get; init; }
    public string? ToZip { get; init; }

    /// <summary>WhatsApp display name; may be Khmer, may be anything the person typed.</summary>
    public string? ProfileName { get; init; }
    public string? WaId { get; init; }
    public bool Forwarded { get; init; }
    public bool FrequentlyForwarded { get; init; }

    /// <summary>
    /// <c>STOP</c>, <c>START</c> or <c>HELP</c>, sent only with Advanced Opt-Out. When present the
    /// provider has already answered the person, so the hotline must not send its own reply.
    /// </summary>
    public string? OptOutType { get; init; }

    public string? ButtonPayload { get; init; }
    public string? ButtonText { get; init; }
    public string? MessageType { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Address { get; init; }
    public string? Label { get; init; }
    public string? OriginalRepliedMessageSid { get; init; }
    public string? OriginalRepliedMessageSender { get; init; }

    /// <summary>Present on fallback-URL requests: the error that made the primary URL fail.</summary>
    public string? ErrorCode { get; init; }
    public string? ErrorUrl { get; init; }

    /// <summary>Every parameter this type does not model, by name (first value of repeated keys).</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    /// <summary>The channel the person wrote on, from the <c>From</c> prefix.</summary>
    public AddressChannel Channel => From.Channel;

    /// <summary>Reads the decoded form; never throws. Fails only when MessageSid or From is unusable.</summary>
    public static FormParseResult<InboundMessageForm> Parse(IReadOnlyList<KeyValuePair<string, string>> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new FormFields(form);
        var sid = fields.Optional("MessageSid");
        if (sid is null)
        {
            return FormParseResult<InboundMessageForm>.Failure("missing MessageSid");
        }

        if (!FormFields.IsSidLike(sid))
        {
            return FormParseResult<InboundMessageForm>.Failure("MessageSid has an invalid form");
        }

        if (fields.Optional("From") is not { } from || string.IsNullOrWhiteSpace(from))
        {
            return FormParseResult<InboundMessageForm>.Failure("missing From");
        }

        fields.Ignore("SmsSid", "SmsMessageSid", "SmsStatus", "ApiVersion");
        var media = ReadMedia(fields);
        return FormParseResult<InboundMessageForm>.Success(new InboundMessageForm
        {
            MessageSid = sid,
            AccountSid = fields.Optional("AccountSid"),
            MessagingServiceSid = fields.Optional("MessagingServiceSid"),
            From = ProviderAddress.Parse(from),
            To = fields.Optional("To") is { } to ? ProviderAddress.Parse(to) : null,
            Body = fields.Raw("Body") ?? "",
            NumMedia = fields.Int("NumMedia") ?? media.Count,
            NumSegments = fields.Int("NumSegments"),
            Media = media,
            FromCountry = fields.Optional("FromCountry"),
            FromState = fields.Optional("FromState"),
            FromCity = fields.Optional("FromCity"),
            FromZip = fields.Optional("FromZip"),
            ToCountry = fields.Optional("ToCountry"),
            ToState = fields.Optional("ToState"),
            ToCity = fields.Optional("ToCity"),
            ToZip = fields.Optional("ToZip"),
            ProfileName = fields.Optional("ProfileName"),
            WaId = fields.Optional("WaId"),
            Forwarded = fields.Flag("Forwarded"),
            FrequentlyForwarded = fields.Flag("FrequentlyForwarded"),
            OptOutType = fields.Optional("OptOutType")?.ToUpperInvariant(),
            ButtonPayload = fields.Optional("ButtonPayload"),
            ButtonText = fields.Optional("ButtonText"),
            MessageType = fields.Optional("MessageType"),
            Latitude = fields.Double("Latitude"),
            Longitude = fields.Double("Longitude"),
            Address = fields.Optional("Address"),
            Label = fields.Optional("Label"),
            OriginalRepliedMessageSid = fields.Optional("OriginalRepliedMessageSid"),
            OriginalRepliedMessageSender = fields.Optional("OriginalRepliedMessageSender"),
            ErrorCode = fields.Optional("ErrorCode"),
            ErrorUrl = fields.Optional("ErrorUrl"),
            Extra = fields.Unread(),
        });
    }

    /// <summary>Collects every <c>MediaUrl{N}</c> present, whatever <c>NumMedia</c> claims, in index order.</summary>
    private static IReadOnlyList<MediaAttachment> ReadMedia(FormFields fields)
    {
        var indexes = fields.Keys
            .Select(key => MediaUrlKey().Match(key))
            .Where(match => match.Success)
            .Select(match => int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture))
            .Distinct()
            .Order()
            .ToList();
        var media = new List<MediaAttachment>(indexes.Count);
        foreach (var index in indexes)
        {
            if (fields.Optional($"MediaUrl{index}") is { } url)
            {
                media.Add(new MediaAttachment(index, url, fields.Optional($"MediaContentType{index}")));
            }
        }

        return media;
    }

    [GeneratedRegex("^MediaUrl([0-9]{1,3})$")]
    private static partial Regex MediaUrlKey();
}
