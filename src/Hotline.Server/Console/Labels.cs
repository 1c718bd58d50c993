namespace Hotline.Server.StaffConsole;

/// <summary>The console's words in English and Khmer. The language is chosen with ?lang=km|en and kept in a cookie.
/// The Khmer labels are a first version, to be checked by the NGOs' staff.</summary>
public sealed class Labels
{
    public const string Cookie = "__Host-hotline-lang";

    public required string Lang { get; init; }
    public required string Queue { get; init; }
    public required string OpenCases { get; init; }
    public required string All { get; init; }
    public required string Mine { get; init; }
    public required string Unassigned { get; init; }
    public required string Code { get; init; }
    public required string Kind { get; init; }
    public required string Urgent { get; init; }
    public required string Help { get; init; }
    public required string Need { get; init; }
    public required string Province { get; init; }
    public required string Age { get; init; }
    public required string AssignedTo { get; init; }
    public required string Nobody { get; init; }
    public required string NoCases { get; init; }
    public required string SignIn { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string TotpCode { get; init; }
    public required string Continue { get; init; }
    public required string SignInFailed { get; init; }
    public required string SignOut { get; init; }
    public required string Transcript { get; init; }
    public required string Received { get; init; }
    public required string Sent { get; init; }
    public required string Number { get; init; }
    public required string Status { get; init; }
    public required string Opened { get; init; }
    public required string FirstPage { get; init; }
    public required string Acknowledged { get; init; }
    public required string FirstReply { get; init; }
    public required string Take { get; init; }
    public required string Reply { get; init; }
    public required string Send { get; init; }
    public required string Close { get; init; }
    public required string Outcome { get; init; }
    public required string Segments { get; init; }
    public required string TakeFirst { get; init; }
    public required string Closed { get; init; }
    public required string NoResponder { get; init; }
    public required string CountSegments { get; init; }
    public required string NotSafeToContact { get; init; }

    public static readonly Labels English = new()
    {
        Lang = "en", Queue = "Queue", OpenCases = "Open cases", All = "All", Mine = "Mine", Unassigned = "Unassigned",
        Code = "Code", Kind = "Kind", Urgent = "Urgent", Help = "Help", Need = "Need", Province = "Province", Age = "Waiting",
        AssignedTo = "Assigned to", Nobody = "Nobody", NoCases = "No open cases.", SignIn = "Sign in", Email = "Email",
        Password = "Password", TotpCode = "Code from your authenticator app", Continue = "Continue",
        SignInFailed = "Sign-in failed. Check what you typed, or wait 15 minutes and try again.", SignOut = "Sign out",
        Transcript = "Messages", Received = "From the person", Sent = "To the person", Number = "Number", Status = "Status",
        Opened = "Opened", FirstPage = "First page", Acknowledged = "Taken", FirstReply = "First reply", Take = "Take this case",
        Reply = "Reply", Send = "Send", Close = "Close the case", Outcome = "Outcome", Segments = "SMS segments",
        TakeFirst = "Take the case before replying.", Closed = "Closed", NoResponder = "Your account is not linked to a responder, so it cannot take cases.",
        CountSegments = "Count SMS segments",
        NotSafeToContact = "The person said it is not safe to contact them. You can reply within an hour of their last message; until then, wait for them to write.",
    };

    public static readonly Labels Khmer = new()
    {
        Lang = "km", Queue = "ជួរករណី", OpenCases = "ករណីកំពុងបើក", All = "ទាំងអស់", Mine = "របស់ខ្ញុំ", Unassigned = "មិនទាន់មានអ្នកទទួល",
        Code = "លេខកូដ", Kind = "ប្រភេទ", Urgent = "បន្ទាន់", Help = "ជំនួយ", Need = "តម្រូវការ", Province = "ខេត្ត", Age = "រង់ចាំ",
        AssignedTo = "អ្នកទទួលបន្ទុក", Nobody = "គ្មាន", NoCases = "គ្មានករណីកំពុងបើកទេ។", SignIn = "ចូលប្រើ", Email = "អ៊ីមែល",
        Password = "ពាក្យសម្ងាត់", TotpCode = "លេខកូដពីកម្មវិធីផ្ទៀងផ្ទាត់", Continue = "បន្ត",
        SignInFailed = "ចូលប្រើមិនបានសម្រេច។ សូមពិនិត្យអ្វីដែលបានវាយ ឬរង់ចាំ ១៥ នាទី ហើយព្យាយាមម្តងទៀត។", SignOut = "ចាកចេញ",
        Transcript = "សារ", Received = "ពីអ្នកផ្ញើ", Sent = "ទៅអ្នកផ្ញើ", Number = "លេខទូរស័ព្ទ", Status = "ស្ថានភាព",
        Opened = "បានបើក", FirstPage = "ការជូនដំណឹងដំបូង", Acknowledged = "បានទទួលយក", FirstReply = "ការឆ្លើយតបដំបូង", Take = "ទទួលយកករណីនេះ",
        Reply = "ឆ្លើយតប", Send = "ផ្ញើ", Close = "បិទករណី", Outcome = "លទ្ធផល", Segments = "ផ្នែក SMS",
        TakeFirst = "សូមទទួលយកករណីមុននឹងឆ្លើយតប។", Closed = "បានបិទ", NoResponder = "គណនីរបស់អ្នកមិនបានភ្ជាប់ទៅអ្នកឆ្លើយតបទេ ដូច្នេះមិនអាចទទួលយកករណីបានទេ។",
        CountSegments = "រាប់ផ្នែក SMS",
        NotSafeToContact = "អ្នកផ្ញើបាននិយាយថា វាមិនមានសុវត្ថិភាពក្នុងការទាក់ទងពួកគេទេ។ អ្នកអាចឆ្លើយតបបានក្នុងរយៈពេលមួយម៉ោងបន្ទាប់ពីសារចុងក្រោយរបស់ពួកគេ។ រហូតដល់ពេលនោះ សូមរង់ចាំពួកគេសរសេរមក។",
    };

    /// <summary>?lang= wins (and is remembered by the caller), then the cookie, then English.</summary>
    public static Labels For(HttpContext context)
    {
        var asked = context.Request.Query["lang"].ToString();
        var chosen = asked is "km" or "en" ? asked : context.Request.Cookies[Cookie];
        if (asked is "km" or "en")
            context.Response.Cookies.Append(Cookie, asked, new CookieOptions
            {
                Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", MaxAge = TimeSpan.FromDays(365), IsEssential = true,
            });
        return chosen == "km" ? Khmer : English;
    }

    public string KindName(string kind) => kind == "urgent" ? Urgent : Help;
}
