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

    /// <summary>Set after a complete sign-in: this browser has signed in as that account before. It proves nothing
    /// on its own (password and code are still needed); it only exempts the browser from the account's sign-in delay,
    /// so someone who knows the email cannot keep the person out of their own browser.</summary>
    public const string DeviceCookie = "__Host-hotline-device";
    private static readonly TimeSpan DeviceLifetime = TimeSpan.FromDays(90);

    public void SetKnownDevice(HttpContext context, long staffUserId) =>
        context.Response.Cookies.Append(DeviceCookie, staffUserId + "." + DeviceMac(staffUserId),
            new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true, MaxAge = DeviceLifetime });

    /// <summary>The account this browser has signed in as before, or null.</summary>
    public long? KnownDevice(HttpContext context)
    {
        var value = context.Request.Cookies[DeviceCookie];
        var dot = value?.IndexOf('.') ?? -1;
        if (dot <= 0 || !long.TryParse(value.AsSpan(0, dot), out var id)) return null;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(DeviceMac(id)), Encoding.ASCII.GetBytes(value![(dot + 1)..])) ? id : null;
    }

    private string DeviceMac(long staffUserId) => Convert.ToHexString(protector.LookupHash("console.device:" + staffUserId));

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
