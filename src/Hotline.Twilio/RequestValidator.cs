using System.Security.Cryptography;
using System.Text;

namespace Hotline.Twilio;

/// <summary>
/// Checks the <c>X-Twilio-Signature</c> header: Base64(HMAC-SHA1(auth token, URL + every form
/// parameter's name and value in ordinal order)). Every received parameter is signed, including
/// ones we do not know, because Twilio adds parameters without notice. Repeated keys follow the
/// twilio-node and twilio-python rule (distinct values, ordinal order) rather than twilio-csharp's
/// single value, so a form we parse faithfully validates the way the reference SDKs do.
/// </summary>
public static class RequestValidator
{
    /// <summary>The request header that carries the signature.</summary>
    public const string SignatureHeader = "X-Twilio-Signature";

    private const string BodyHashParameter = "bodySHA256";

    /// <summary>
    /// The signature Twilio sends for a form POST to <paramref name="url"/>. Fragment and
    /// <c>user:password@</c> are dropped first, as Twilio does; the port is kept as given. Used by
    /// tests, the fake provider and the load generator to sign requests.
    /// </summary>
    public static string ComputeSignature(string url, IReadOnlyList<KeyValuePair<string, string>> form, string authToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(authToken);
        return Sign(SignedString(SignedUrl.Canonical(url), form), authToken);
    }

    /// <summary>
    /// True when <paramref name="signature"/> was made by any of <paramref name="authTokens"/>
    /// (a second token lets a rotation overlap) over any URL form Twilio may have signed.
    /// A missing or empty signature is never valid; empty tokens are ignored.
    /// </summary>
    public static bool IsValid(string url, IReadOnlyList<KeyValuePair<string, string>> form, string? signature, params string[] authTokens)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(form);
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var tail = ParameterTail(form);
        return SignedUrl.Candidates(url).Any(candidate => MatchesAnyToken(candidate + tail, signature, authTokens));
    }

    /// <summary>
    /// The JSON variant: Twilio adds <c>bodySHA256</c> (lower-case hex SHA-256 of the raw body) to the
    /// query and signs the URL alone. Valid only when the signature matches and the body hashes to
    /// that value, so neither the URL nor the body can be swapped.
    /// </summary>
    public static bool IsValidJson(string url, ReadOnlySpan<byte> body, string? signature, params string[] authTokens)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (string.IsNullOrEmpty(signature) || QueryValue(SignedUrl.Canonical(url), BodyHashParameter) is not { } expectedHash)
        {
            return false;
        }

        var actualHash = Convert.ToHexStringLower(SHA256.HashData(body));
        if (!FixedTimeEquals(actualHash, expectedHash))
        {
            return false;
        }

        return SignedUrl.Candidates(url).Any(candidate => MatchesAnyToken(candidate, signature, authTokens));
    }

    private static bool MatchesAnyToken(string signedString, string signature, string[]? authTokens)
    {
        var matched = false;
        foreach (var token in authTokens ?? [])
        {
            if (!string.IsNullOrEmpty(token))
            {
                // No early exit: the time taken should not reveal which token matched.
                matched |= FixedTimeEquals(Sign(signedString, token), signature);
            }
        }

        return matched;
    }

    internal static string SignedString(string url, IReadOnlyList<KeyValuePair<string, string>> form) => url + ParameterTail(form);

    private static string ParameterTail(IReadOnlyList<KeyValuePair<string, string>> form)
    {
        var builder = new StringBuilder();
        foreach (var group in form.GroupBy(p => p.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var value in group.Select(p => p.Value ?? "").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                builder.Append(group.Key).Append(value);
            }
        }

        return builder.ToString();
    }

    private static string Sign(string data, string authToken) =>
        Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data)));

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    private static string? QueryValue(string url, string name)
    {
        var queryStart = url.IndexOf('?');
        if (queryStart < 0)
        {
            return null;
        }

        foreach (var pair in url[(queryStart + 1)..].Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0 && pair.AsSpan(0, equals).SequenceEqual(name))
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }
}
