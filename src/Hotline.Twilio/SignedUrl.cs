namespace Hotline.Twilio;

/// <summary>
/// The URL forms Twilio may have signed. Twilio signs the configured webhook URL without any
/// <c>#fragment</c> (connection overrides) and without <c>user:password@</c>, and whether an
/// explicit port is kept depends on the product and scheme — so a validator must accept the URL
/// with the port removed and with the scheme's default port added. The string is split by hand,
/// never through <see cref="Uri"/>, because normalising case or percent-encoding would change
/// what was signed.
/// </summary>
internal static class SignedUrl
{
    /// <summary>The URL as Twilio signs it: fragment and credentials removed, everything else untouched.</summary>
    public static string Canonical(string url)
    {
        var hash = url.IndexOf('#');
        if (hash >= 0)
        {
            url = url[..hash];
        }

        if (!TrySplit(url, out var parts))
        {
            return url;
        }

        return parts.Scheme + parts.Host + parts.Port + parts.Rest;
    }

    /// <summary>The canonical URL, then the same without its port, then with the scheme's default port; no repeats.</summary>
    public static IReadOnlyList<string> Candidates(string url)
    {
        var canonical = Canonical(url);
        var candidates = new List<string>(3) { canonical };
        if (!TrySplit(canonical, out var parts))
        {
            return candidates;
        }

        if (parts.Port.Length > 0)
        {
            candidates.Add(parts.Scheme + parts.Host + parts.Rest);
        }
        else if (DefaultPort(parts.Scheme) is { } port)
        {
            candidates.Add(parts.Scheme + parts.Host + port + parts.Rest);
        }

        return candidates;
    }

    private static string? DefaultPort(string scheme) => scheme.ToLowerInvariant() switch
    {
        "https://" => ":443",
        "http://" => ":80",
        _ => null,
    };

    private readonly record struct Parts(string Scheme, string Host, string Port, string Rest);

    private static bool TrySplit(string url, out Parts parts)
    {
        parts = default;
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0 || !IsScheme(url.AsSpan(0, schemeEnd)))
        {
            return false;
        }

        var authorityStart = schemeEnd + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        if (authorityEnd < 0)
        {
            authorityEnd = url.Length;
        }

        var authority = url[authorityStart..authorityEnd];
        var hostAndPort = authority[(authority.LastIndexOf('@') + 1)..];
        // A colon starts the port only after the closing bracket of an IPv6 literal.
        var portStart = hostAndPort.IndexOf(':', hostAndPort.LastIndexOf(']') + 1);
        parts = new Parts(
            Scheme: url[..authorityStart],
            Host: portStart < 0 ? hostAndPort : hostAndPort[..portStart],
            Port: portStart < 0 ? "" : hostAndPort[portStart..],
            Rest: url[authorityEnd..]);
        return true;
    }

    private static bool IsScheme(ReadOnlySpan<char> scheme)
    {
        if (!char.IsAsciiLetter(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
