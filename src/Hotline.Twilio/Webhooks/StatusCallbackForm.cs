namespace Hotline.Twilio.Webhooks;

/// <summary>
/// The form posted to a message's StatusCallback URL. Only <c>MessageSid</c> and
/// <c>MessageStatus</c> are required; <c>ErrorCode</c> comes with failed/undelivered
/// (21610 here means the person opted out after the send was accepted).
/// </summary>
public sealed record StatusCallbackForm
{
    public required string MessageSid { get; init; }
    public required MessageStatus MessageStatus { get; init; }
    public int? ErrorCode { get; init; }
    public string? AccountSid { get; init; }
    public string? MessagingServiceSid { get; init; }
    public ProviderAddress? From { get; init; }
    public ProviderAddress? To { get; init; }

    /// <summary>Carrier receipt time (<c>YYMMDDhhmm</c>) on delivered/undelivered SMS, as sent.</summary>
    public string? RawDlrDoneDate { get; init; }

    /// <summary>WhatsApp/RCS: the provider's explanation of a failure.</summary>
    public string? ChannelStatusMessage { get; init; }

    /// <summary>Every parameter this type does not model, by name.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    /// <summary>True when the provider reports that the recipient has opted out (error 21610).</summary>
    public bool IsOptedOut => ErrorCode == 21610;

    /// <summary>Reads the decoded form; never throws.</summary>
    public static FormParseResult<StatusCallbackForm> Parse(IReadOnlyList<KeyValuePair<string, string>> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new FormFields(form);
        var sid = fields.Optional("MessageSid");
        if (sid is null)
        {
            return FormParseResult<StatusCallbackForm>.Failure("missing MessageSid");
        }

        if (!FormFields.IsSidLike(sid))
        {
            return FormParseResult<StatusCallbackForm>.Failure("MessageSid has an invalid form");
        }

        var rawStatus = fields.Optional("MessageStatus") ?? fields.Optional("SmsStatus");
        if (rawStatus is null)
        {
            return FormParseResult<StatusCallbackForm>.Failure("missing MessageStatus");
        }

        if (!MessageStatuses.TryParse(rawStatus, out var status))
        {
            return FormParseResult<StatusCallbackForm>.Failure($"MessageStatus '{Printable(rawStatus)}' is not a known status");
        }

        fields.Ignore("SmsSid", "SmsMessageSid", "SmsStatus", "ApiVersion");
        return FormParseResult<StatusCallbackForm>.Success(new StatusCallbackForm
        {
            MessageSid = sid,
            MessageStatus = status,
            ErrorCode = fields.Int("ErrorCode"),
            AccountSid = fields.Optional("AccountSid"),
            MessagingServiceSid = fields.Optional("MessagingServiceSid"),
            From = fields.Optional("From") is { } from ? ProviderAddress.Parse(from) : null,
            To = fields.Optional("To") is { } to ? ProviderAddress.Parse(to) : null,
            RawDlrDoneDate = fields.Optional("RawDlrDoneDate"),
            ChannelStatusMessage = fields.Optional("ChannelStatusMessage"),
            Extra = fields.Unread(),
        });
    }

    /// <summary>Keeps a reason safe to log: short, no control characters.</summary>
    private static string Printable(string value)
    {
        var clean = new string(value.Where(c => !char.IsControl(c)).Take(32).ToArray());
        return clean.Length < value.Length ? clean + "…" : clean;
    }
}
