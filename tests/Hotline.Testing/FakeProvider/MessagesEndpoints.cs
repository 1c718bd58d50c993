using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Testing.FakeProvider;

/// <summary>The Messages resource of the 2010-04-01 API, as much of it as the hotline uses.</summary>
internal static class MessagesEndpoints
{
    private const string Account = "/2010-04-01/Accounts/{accountSid}";
    private const int DefaultPageSize = 50;

    public static void Map(IEndpointRouteBuilder app, Func<FakeProvider> provider)
    {
        app.MapPost(Account + "/Messages.json", (HttpContext http, string accountSid) => Guarded(http, provider(), accountSid, p => CreateAsync(http, p)));
        app.MapGet(Account + "/Messages.json", (HttpContext http, string accountSid) => Guarded(http, provider(), accountSid, p => Task.FromResult(List(http, p))));
        app.MapDelete(Account + "/Messages/{sid}.json", (HttpContext http, string accountSid, string sid) => Guarded(http, provider(), accountSid, p => Task.FromResult(Delete(p, sid))));
    }

    /// <summary>Checks credentials and account as Twilio does (401/20003, 404/20404) and records the request.</summary>
    private static async Task<IResult> Guarded(HttpContext http, FakeProvider provider, string accountSid, Func<FakeProvider, Task<IResult>> handle)
    {
        IResult result;
        if (!IsAuthorised(http.Request, provider))
        {
            result = MessageJson.Error(401, 20003, "Authenticate");
        }
        else if (accountSid != provider.AccountSid)
        {
            result = MessageJson.Error(404, 20404, "The requested resource was not found");
        }
        else
        {
            result = await handle(provider).ConfigureAwait(false);
        }

        provider.RecordRequest(http.Request.Method, http.Request.Path, result is IStatusCodeHttpResult { StatusCode: { } status } ? status : 200);
        return result;
    }

    private static bool IsAuthorised(HttpRequest request, FakeProvider provider)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{provider.AccountSid}:{provider.AuthToken}"));
        return string.Equals(request.Headers.Authorization.ToString(), expected, StringComparison.Ordinal);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, FakeProvider provider)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var to = form["To"].ToString();
        var from = NullIfEmpty(form["From"].ToString());
        var service = NullIfEmpty(form["MessagingServiceSid"].ToString());
        if (to.Length == 0)
        {
            return MessageJson.Error(400, 21604, "A 'To' phone number is required.");
        }

        if (from is null && service is null)
        {
            return MessageJson.Error(400, 21603, "A 'From' phone number is required.");
        }

        var script = provider.NextScripted();
        while (script is FakeResponse.Delayed delayed)
        {
            // Not cancelled when the client gives up: a real provider still creates the message.
            await Task.Delay(delayed.Wait, provider.Stopping).ConfigureAwait(false);
            script = delayed.Then;
        }

        if (script is FakeResponse.Failed failed)
        {
            if (failed.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            return MessageJson.Error(failed.HttpStatus, failed.Code, failed.Message);
        }

        var message = new FakeMessage(
            FakeProvider.NewSid(), to, from, service, form["Body"].ToString(), NullIfEmpty(form["StatusCallback"].ToString()), provider.Time.GetUtcNow());
        provider.Record(message);
        if (script is FakeResponse.AcceptedThenFailed { Abort: true })
        {
            http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            http.Abort();
            return Results.Empty;
        }

        return script is FakeResponse.AcceptedThenFailed
            ? MessageJson.Error(500, 20500, "An internal server error has occurred")
            : Results.Content(MessageJson.Message(message, provider.AccountSid).ToJsonString(), "application/json", Encoding.UTF8, 201);
    }

    /// <summary>Filters by To, From and the send day (<c>DateSent&gt;</c> = on or after, <c>DateSent&lt;</c> = on or before, <c>DateSent</c> = that day).</summary>
    private static IResult List(HttpContext http, FakeProvider provider)
    {
        var query = http.Request.Query;
        IEnumerable<FakeMessage> messages = provider.Listable();
        if (NullIfEmpty(query["To"].ToString()) is { } to)
        {
            messages = messages.Where(m => m.To == to);
        }

        if (NullIfEmpty(query["From"].ToString()) is { } from)
        {
            messages = messages.Where(m => m.From == from);
        }

        if (Day(query["DateSent>"]) is { } onOrAfter)
        {
            messages = messages.Where(m => DateOnly.FromDateTime(m.ReceivedAt.UtcDateTime) >= onOrAfter);
        }

        if (Day(query["DateSent<"]) is { } onOrBefore)
        {
            messages = messages.Where(m => DateOnly.FromDateTime(m.ReceivedAt.UtcDateTime) <= onOrBefore);
        }

        if (Day(query["DateSent"]) is { } on)
        {
            messages = messages.Where(m => DateOnly.FromDateTime(m.ReceivedAt.UtcDateTime) == on);
        }

        // Twilio lists newest first.
        var all = messages.Reverse().ToList();
        var pageSize = int.TryParse(query["PageSize"], out var size) && size > 0 ? size : DefaultPageSize;
        var page = int.TryParse(query["Page"], out var number) && number > 0 ? number : 0;
        var items = all.Skip(page * pageSize).Take(pageSize).ToList();
        string? next = null;
        if ((page + 1) * pageSize < all.Count)
        {
            var nextQuery = QueryString.Create(query
                .Where(p => p.Key is not ("Page" or "PageToken"))
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
                .Append(new("Page", (page + 1).ToString(CultureInfo.InvariantCulture)))
                .Append(new("PageToken", $"PA{page + 1}")));
            next = http.Request.Path + nextQuery.ToUriComponent();
        }

        return Results.Content(MessageJson.Page(items, provider.AccountSid, page, pageSize, next).ToJsonString(), "application/json", Encoding.UTF8, 200);
    }

    private static IResult Delete(FakeProvider provider, string sid) =>
        provider.Delete(sid) ? Results.StatusCode(204) : MessageJson.Error(404, 20404, "The requested resource was not found");

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
