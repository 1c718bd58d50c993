using Hotline.Domain.Sms;

namespace Hotline.Storage.Conversations;

public static class Encodings
{
    public static string ToDb(SmsEncoding encoding) => encoding == SmsEncoding.Gsm7 ? "gsm7" : "ucs2";
}
