using System.Net;
using Hotline.Twilio.Rest;
using Hotline.Twilio.Tests.Support;

namespace Hotline.Twilio.Tests.Rest;

public sealed class ListAndDeleteTests
{
    private static readonly DateTimeOffset SentAfter = new(2026, 1, 15, 23, 30, 0, TimeSpan.FromHours(7));

    private static string Page(string sid, string? next) =>
        $$"""{"messages":[{"sid":"{{sid}}","to":"+85512345678","from":"+85523900100","body":"សួស្តី","status":"sent","direction":"outbound-api","date_created":"Thu, 15 Jan 2026 16:30:01 +0000","date_sent":"Thu, 15 Jan 2026 16:30:02 +0000","error_code":null,"num_segments":"1"}],"next_page_uri":{{(next is null ? "null" : $"\"{next}\"")}},"page":0}""";

    [Fact]
    public async Task List_filters_by_recipient_and_sender_but_not_by_send_day_which_would_hide_queued_messages()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Page("SM1", null));

        await Clients.For(handler).ListMessagesAsync("+85512345678", "+85523900100", SentAfter, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json", request.Uri.AbsolutePath);
        Assert.Equal("?To=%2B85512345678&From=%2B85523900100&PageSize=50", request.Uri.Query);
    }

    [Fact]
    public async Task List_reads_messages_and_their_rfc2822_dates()
    {
        var client = Clients.For(StubHandler.Json(HttpStatusCode.OK, Page("SM1", null)));

        var messages = await client.ListMessagesAsync("+85512345678", null, SentAfter, CancellationToken.None);

        Assert.Equal(
            [new ProviderMessage("SM1", "+85512345678", "+85523900100", "សួស្តី", "sent", "outbound-api",
                new DateTimeOffset(2026, 1, 15, 16, 30, 1, TimeSpan.Zero), new DateTimeOffset(2026, 1, 15, 16, 30, 2, TimeSpan.Zero), null, 1)],
            messages);
    }

    [Fact]
    public async Task List_follows_next_page_links_a_few_times_only()
    {
        var handler = new StubHandler((request, _) =>
        {
            var page = request.RequestUri!.Query.Contains("Page=", StringComparison.Ordinal) ? int.Parse(request.RequestUri.Query.Split("Page=")[1].Split('&')[0]) : 0;
            var next = $"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json?To=%2B85512345678&PageSize=50&Page={page + 1}&PageToken=PA{page + 1}";
            return Task.FromResult(StubHandler.JsonResponse(HttpStatusCode.OK, Page($"SM{page}", next)));
        });

        var messages = await Clients.For(handler).ListMessagesAsync("+85512345678", null, SentAfter, CancellationToken.None);

        Assert.Equal(5, handler.Requests.Count);
        Assert.Equal(["SM0", "SM1", "SM2", "SM3", "SM4"], messages.Select(m => m.Sid));
        Assert.Equal("https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json?To=%2B85512345678&PageSize=50&Page=1&PageToken=PA1", handler.Requests[1].Uri.OriginalString);
    }

    [Fact]
    public async Task List_failure_is_an_error_not_an_empty_answer()
    {
        var client = Clients.For(StubHandler.Json(HttpStatusCode.InternalServerError, """{"code":20500,"message":"Internal error"}"""));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.ListMessagesAsync("+85512345678", null, SentAfter, CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
    }

    [Theory]
    [InlineData(HttpStatusCode.NoContent, true)]
    [InlineData(HttpStatusCode.NotFound, true)]
    [InlineData(HttpStatusCode.Conflict, false)]
    public async Task Delete_reports_whether_the_provider_still_holds_the_message(HttpStatusCode status, bool gone)
    {
        var handler = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(status)));

        var result = await Clients.For(handler).DeleteMessageAsync("SM0123456789abcdef0123456789abcdef", CancellationToken.None);

        Assert.Equal(gone, result);
        Assert.Equal(HttpMethod.Delete, handler.Requests[0].Method);
        Assert.Equal("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM0123456789abcdef0123456789abcdef.json", handler.Requests[0].Uri.AbsolutePath);
    }
}
