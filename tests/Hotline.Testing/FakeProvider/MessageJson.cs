using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Hotline.Testing.FakeProvider;

/// <summary>The provider's JSON shapes (snake_case, numbers as strings, RFC 2822 dates), built without reflection.</summary>
internal static class MessageJson
{
    public static JsonObject Message(FakeMessage message, string accountSid) => new()
    {
        ["sid"] = message.Sid,
        ["account_sid"] = accountSid,
        ["messaging_service_sid"] = message.MessagingServiceSid,
        ["from"] = message.From,
        ["to"] = message.To,
        ["body"] = message.Body,
        ["status"] = "queued",
        ["direction"] = "outbound-api",
        ["num_segments"] = "1",
        ["num_media"] = "0",
        ["price"] = null,
        ["price_unit"] = "USD",
        ["error_code"] = null,
        ["error_message"] = null,
        ["api_version"] = "2010-04-01",
        ["date_created"] = Rfc2822(message.ReceivedAt),
        ["date_updated"] = Rfc2822(message.ReceivedAt),
        ["date_sent"] = Rfc2822(message.ReceivedAt),
        ["uri"] = $"/2010-04-01/Accounts/{accountSid}/Messages/{message.Sid}.json",
    };

    public static JsonObject Page(IReadOnlyList<FakeMessage> messages, string accountSid, int page, int pageSize, string? nextPageUri) => new()
    {
        ["messages"] = new JsonArray([.. messages.Select(m => (JsonNode)Message(m, accountSid))]),
        ["page"] = page,
        ["page_size"] = pageSize,
        ["next_page_uri"] = nextPageUri,
        ["uri"] = $"/2010-04-01/Accounts/{accountSid}/Messages.json",
    };

    public static IResult Error(int status, int code, string message) =>
        Results.Content(
            new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["more_info"] = $"https://www.twilio.com/docs/errors/{code}",
                ["status"] = status,
            }.ToJsonString(),
            "application/json",
            Encoding.UTF8,
            status);

    private static string Rfc2822(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}
