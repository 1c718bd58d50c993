using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Hotline.Server.StaffConsole;

/// <summary>
/// HTML built with interpolated strings where every hole is HTML-encoded: <c>Html.Of($"&lt;td&gt;{body}&lt;/td&gt;")</c>
/// encodes <c>body</c>, whatever it holds. Only another <see cref="Html"/> passes through as markup, so text from an
/// SMS cannot become markup by forgetting a call. There is no way to mark a plain string as trusted.
/// </summary>
public readonly struct Html
{
    // Khmer and other scripts stay readable in the page source; only markup characters are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly string? _value;

    private Html(string value) => _value = value;

    public static Html Empty => new("");

    public static Html Of(ref Builder builder) => new(builder.ToString());

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p._value)));

    public static string Encode(string text) => Encoder.Encode(text);

    public override string ToString() => _value ?? "";

    [InterpolatedStringHandler]
    public ref struct Builder
    {
        private readonly StringBuilder _text;

        public Builder(int literalLength, int formattedCount) => _text = new StringBuilder(literalLength + formattedCount * 16);

        public void AppendLiteral(string literal) => _text.Append(literal);

        public void AppendFormatted(Html html) => _text.Append(html._value);

        public void AppendFormatted<T>(T value) =>
            _text.Append(Encoder.Encode(value switch
            {
                null => "",
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "",
            }));

        public override string ToString() => _text.ToString();
    }
}
