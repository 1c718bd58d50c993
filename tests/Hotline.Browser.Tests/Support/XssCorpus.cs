namespace Hotline.Browser.Tests.Support;

/// <summary>
/// Message bodies an attacker (or a curious person) could text the hotline, to make a responder's console run script,
/// load something from elsewhere, or hide what was written. Each must show on the case page as the plain text it is.
/// </summary>
public static class XssCorpus
{
    public static readonly IReadOnlyList<string> Payloads =
    [
        "<script>alert('script')</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert('img')>",
        "<svg onload=alert('svg')>",
        "<svg><script>alert('svg script')</script></svg>",
        "\"><script>alert('double quote')</script>",
        "'><img src=x onerror=alert('single quote')>",
        "\" onmouseover=\"alert('attribute')\" x=\"",
        "' autofocus onfocus='alert(\"focus\")",
        "<a href=\"javascript:alert('link')\">tap here</a>",
        "javascript:alert('bare url')",
        "<iframe src=\"javascript:alert('iframe')\"></iframe>",
        "</textarea><script>alert('textarea')</script>",
        "</title><script>alert('title')</script>",
        "{{constructor.constructor('alert(\"template\")')()}}",
        "${alert('template literal')}",
        "<div style=\"background:url(javascript:alert('css url'))\">x</div>",
        "<p style=\"width: expression(alert('css expression'))\">css</p>",
        "\\u003cscript\\u003ealert('unicode escape')\\u003c/script\\u003e",
        "&lt;script&gt;alert('entities')&lt;/script&gt;",
        "\u202Egnp.exe \u202Cinvoice <b>open me</b>",
        "ជួយខ្ញុំ <script>alert('khmer')</script> ផង",
        "<body onload=alert('body')>",
        "<details open ontoggle=alert('details')>",
        "<img src=\"https://evil.example/pixel.gif\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
        "<link rel=stylesheet href=https://evil.example/x.css>",
        "<base href=\"https://evil.example/\">",
        "<form action=\"https://evil.example/\"><button>tap</button></form>",
        "<object data=\"javascript:alert('object')\"></object>",
        "<!--<img src=x onerror=alert('comment')>-->",
        "<math><mtext></p><script>alert('math')</script>",
    ];
}
