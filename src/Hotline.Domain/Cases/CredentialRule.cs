using System.Security.Cryptography;
using System.Text;

namespace Hotline.Domain.Cases;

/// <summary>
/// When a responder command must carry a PIN or the page's code. A registered sender number alone is
/// never enough: SMS sender ids can be forged, and a forged ACK would silence an urgent page while
/// nobody acts (safety rule R5, applied to staff as well as to clients).
/// </summary>
/// <remarks>
/// ACK, 1, PASS, DONE, ON and OFF always need one. R needs one too, except inside the reply window:
/// for <see cref="ReplyWindow"/> after the last time this responder gave a valid credential for the
/// case (normally the ACK), replies may go without it, because a live conversation where every line
/// needs a code is one the responder stops having. A forged R inside the window can only add a line
/// to a conversation, never take, pass or close the case, and the window is short. HELP needs nothing.
/// </remarks>
public sealed class CredentialRule
{
    /// <summary>One hour: long enough for an SMS conversation, short enough to limit a forged reply.</summary>
    public static TimeSpan DefaultReplyWindow { get; } = TimeSpan.FromHours(1);

    public CredentialRule(TimeSpan replyWindow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replyWindow, TimeSpan.Zero);
        ReplyWindow = replyWindow;
    }

    public CredentialRule() : this(DefaultReplyWindow)
    {
    }

    public TimeSpan ReplyWindow { get; }

    /// <summary>
    /// True when <paramref name="command"/> must carry a verified credential. <paramref name="lastVerifiedAt"/>
    /// is when this responder last gave a valid credential for the command's case (null if never).
    /// </summary>
    public bool NeedsCredential(ResponderCommand command, DateTimeOffset? lastVerifiedAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Kind switch
        {
            ResponderCommandKind.Help => false,
            ResponderCommandKind.Reply => lastVerifiedAt is not { } at || now < at || now - at > ReplyWindow,
            _ => true,
        };
    }

    /// <summary>
    /// True when the command may be carried out: no credential is needed, or the host found the one
    /// given valid (<paramref name="credentialVerified"/>: the PIN's hash or the page code matched).
    /// </summary>
    public bool Allows(ResponderCommand command, bool credentialVerified, DateTimeOffset? lastVerifiedAt, DateTimeOffset now) =>
        !NeedsCredential(command, lastVerifiedAt, now) || (command.Credential is not null && credentialVerified);

    /// <summary>Compares a page code in fixed time, so that response timing does not reveal how many digits were right.</summary>
    public static bool PageCodeMatches(string? expected, string? given) =>
        expected is not null && given is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given));
}
