using System.Security.Cryptography;
using System.Text;
using Hotline.Storage.Identity;
using Hotline.Storage.Protection;

namespace Hotline.Server.StaffConsole;

/// <summary>
/// The console's cookies and anti-forgery tokens. The session cookie is <c>__Host-</c>, Secure, HttpOnly and
/// SameSite=Strict with no expiry of its own: the server decides when a session ends. Every form carries a token
/// that is an HMAC (under the service's key) of the session cookie — or, before sign-in, of a random pre-login
/// cookie — so a page on another site cannot post a form, and any node can check any node's token.
/// </summary>
public sealed class ConsoleSession(FieldProtector protector)
{
    public const string SessionCookie = "__Host-hotline";
    public const string PreLoginCookie = "__Host-hotline-login";
    public const string FormField = "csrf";
    public const string StaffItem = "hotline.staff";

    private static readonly CookieOptions Options = new()
    {
        Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true,
    };

    public static string? Token(HttpContext context) => context.Request.Cookies[SessionCookie];

    public static void SetSession(HttpContext context, string token) => context.Response.Cookies.Append(SessionCookie, token, Options);

    public static void ClearSession(HttpContext context) => context.Response.Cookies.Delete(SessionCookie, Options);

    /// <summary>The form token for this browser, creating the pre-login cookie when there is nothing to bind to.</summary>
    public string FormToken(HttpContext context)
    {
        var binding = Binding(context);
        if (binding is null)
        {
            var preLogin = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
            context.Response.Cookies.Append(PreLoginCookie, preLogin, Options);
            binding = "p:" + preLogin;
        }
        return TokenFor(binding);
    }

    /// <summary>True when the posted form's token matches this browser's cookie.</summary>
    public bool IsValid(HttpContext context, IFormCollection form)
    {
        var binding = Binding(context);
        var posted = form[FormField].ToString();
        return binding is not null && posted.Length > 0
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(TokenFor(binding)), Encoding.ASCII.GetBytes(posted));
    }

    /// <summary>The hidden form field with the token.</summary>
    public Html Field(HttpContext context) => Html.Of($"<input type=\"hidden\" name=\"{FormField}\" value=\"{FormToken(context)}\">");

    public static StaffUser Staff(HttpContext context) => (StaffUser)context.Items[StaffItem]!;

    private static string? Binding(HttpContext context) =>
        context.Request.Cookies[SessionCookie] is { Length: > 0 } session ? "s:" + Convert.ToHexString(StaffSessionStore.Id(session))
        : context.Request.Cookies[PreLoginCookie] is { Length: > 0 } pre ? "p:" + pre
        : null;

    private string TokenFor(string binding) => Convert.ToHexString(protector.LookupHash("console.csrf:" + binding));
}
