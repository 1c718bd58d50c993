using Hotline.Domain.Conversations;
using Hotline.Domain.Language.Recognisers;
using Hotline.Server.Outbox;
using Hotline.Server.Pipeline;
using Hotline.Storage.Conversations;
using Hotline.Storage.Outbox;
using Hotline.Twilio;
using Hotline.Twilio.Webhooks;

namespace Hotline.Server.Webhooks;

/// <summary>POST /twilio/sms (inbound SMS and WhatsApp) and POST /twilio/status (delivery callbacks).</summary>
public static class WebhookEndpoints
{
    public static void MapWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/twilio/sms", ReceiveMessageAsync).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/twilio/status", ReceiveStatusAsync).DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<IResult> ReceiveMessageAsync(HttpRequest request, SignedFormReader reader, InboundPipeline pipeline,
        TimeProvider time, CancellationToken ct)
    {
        var signed = await reader.ReadAsync(request, ct);
        if (!signed.IsValid) return Results.Text(signed.FailureReason, "text/plain", statusCode: signed.FailureStatus);

        var parsed = InboundMessageForm.Parse(signed.Pairs!);
        if (!parsed.IsSuccess) return Results.Text(parsed.Error, "text/plain", statusCode: StatusCodes.Status400BadRequest);
        var form = parsed.Value!;
        if (form.Channel == AddressChannel.Other)
            return Results.Text("Unsupported channel in From.", "text/plain", statusCode: StatusCodes.Status400BadRequest);

        var channel = form.Channel == AddressChannel.WhatsApp ? Channel.WhatsApp : Channel.Sms;
        var country = form.FromCountry is { Length: 2 } c ? c.ToUpperInvariant() : PhoneRecogniser.CountryOf(form.From.Address);
        var envelope = new InboundEnvelope(channel, form.From.Raw, country, form.To?.Raw, form.MessageSid, form.Body, time.GetUtcNow());
        await pipeline.ProcessAsync(envelope, ct);
        return Results.Text(TwiML.EmptyResponse, "text/xml; charset=utf-8");
    }

    private static async Task<IResult> ReceiveStatusAsync(HttpRequest request, SignedFormReader reader, OutboxStore store,
        TimeProvider time, CancellationToken ct)
    {
        var signed = await reader.ReadAsync(request, ct);
        if (!signed.IsValid) return Results.Text(signed.FailureReason, "text/plain", statusCode: signed.FailureStatus);

        var parsed = StatusCallbackForm.Parse(signed.Pairs!);
        if (!parsed.IsSuccess) return Results.Text(parsed.Error, "text/plain", statusCode: StatusCodes.Status400BadRequest);
        var form = parsed.Value!;
        await store.ApplyStatusAsync(form.MessageSid, form.MessageStatus.ToWireName(), StatusRanks.Of(form.MessageStatus), form.ErrorCode, time.GetUtcNow(), ct);
        return Results.NoContent();
    }
}
