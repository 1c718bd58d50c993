using Hotline.Twilio.Rest;
using Hotline.Twilio.Tests.Support;

namespace Hotline.Twilio.Tests.Rest;

internal static class Clients
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "f3b1c2d4e5a6978812345678abcdef90";

    public static readonly TwilioRestOptions Options = new()
    {
        AccountSid = AccountSid,
        AuthToken = AuthToken,
        From = "+85523900100",
    };

    public static TwilioRestClient For(StubHandler handler, TwilioRestOptions? options = null) =>
        new(new HttpClient(handler), options ?? Options);
}
