using System.Security.Cryptography;
using System.Text;

namespace Hotline.Twilio.Tests.Support;

/// <summary>Test helpers that stand in for what a web framework and a reference SDK would do.</summary>
internal static class Form
{
    /// <summary>Decodes an application/x-www-form-urlencoded body the way a form reader does ('+' is a space).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string body) =>
        body.Length == 0
            ? []
            : body.Split('&')
                .Select(pair => pair.Split('=', 2))
                .Select(parts => new KeyValuePair<string, string>(Decode(parts[0]), parts.Length > 1 ? Decode(parts[1]) : ""))
                .ToList();

    public static IReadOnlyList<KeyValuePair<string, string>> Of(params (string Key, string Value)[] pairs) =>
        pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)).ToList();

    /// <summary>Base64(HMAC-SHA1) of a hand-built signed string, independent of the code under test.</summary>
    public static string Hmac(string token, string signedString) =>
        Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(signedString)));

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
