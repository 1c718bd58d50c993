namespace Hotline.Domain.Sms;

/// <summary>
/// The GSM 03.38 default alphabet as Twilio's segment calculator maps it from Unicode. Note what
/// is missing: backtick, curly quotes and 'ç' force the whole message into UCS-2.
/// </summary>
internal static class Gsm7Alphabet
{
    private const string Basic =
        "\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz" +
        "¡£¤¥§¿ÄÅÆÇÉÑÖØÜßàäåæèéìñòöøùüΓΔΘΛΞΠΣΦΨΩ";

    /// <summary>Reached through the escape code, so each costs two septets.</summary>
    private const string Extension = "\f[\\]^{|}~€";

    private static readonly HashSet<char> BasicSet = [.. Basic];
    private static readonly HashSet<char> ExtensionSet = [.. Extension];

    public static bool Covers(string text) => text.All(c => BasicSet.Contains(c) || ExtensionSet.Contains(c));

    public static int Septets(char c) => ExtensionSet.Contains(c) ? 2 : 1;
}
