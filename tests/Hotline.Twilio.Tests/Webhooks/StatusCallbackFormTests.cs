using Hotline.Twilio.Tests.Support;
using Hotline.Twilio.Webhooks;

namespace Hotline.Twilio.Tests.Webhooks;

public sealed class StatusCallbackFormTests
{
    private const string Sid = "SM33333333333333333333333333333333";

    [Fact]
    public void Undelivered_callback_is_read_with_its_error_code()
    {
        var result = StatusCallbackForm.Parse(Form.Parse(
            "MessageSid=" + Sid + "&MessageStatus=undelivered&ErrorCode=30003&SmsSid=" + Sid + "&SmsStatus=undelivered" +
            "&AccountSid=AC0123456789abcdef0123456789abcdef&To=%2B85512345678&From=%2B85523900100&ApiVersion=2010-04-01&RawDlrDoneDate=2601151230"));

        Assert.True(result.IsSuccess);
        Assert.Equal(Sid, result.Value.MessageSid);
        Assert.Equal(MessageStatus.Undelivered, result.Value.MessageStatus);
        Assert.Equal(30003, result.Value.ErrorCode);
        Assert.Equal("+85512345678", result.Value.To?.Raw);
        Assert.Equal("2601151230", result.Value.RawDlrDoneDate);
        Assert.Empty(result.Value.Extra);
    }

    [Fact]
    public void Minimal_callback_needs_only_sid_and_status()
    {
        var result = StatusCallbackForm.Parse(Form.Of(("MessageSid", Sid), ("MessageStatus", "sent")));

        Assert.True(result.IsSuccess);
        Assert.Equal(MessageStatus.Sent, result.Value.MessageStatus);
        Assert.Null(result.Value.ErrorCode);
        Assert.Null(result.Value.From);
    }

    [Fact]
    public void Failed_callback_with_21610_reports_an_opt_out()
    {
        var form = StatusCallbackForm.Parse(Form.Of(("MessageSid", Sid), ("MessageStatus", "failed"), ("ErrorCode", "21610"))).Value!;

        Assert.True(form.IsOptedOut);
    }

    [Fact]
    public void WhatsApp_read_event_keeps_unknown_fields()
    {
        var form = StatusCallbackForm.Parse(Form.Of(
            ("MessageSid", Sid), ("MessageStatus", "read"), ("EventType", "READ"), ("ChannelPrefix", "whatsapp"), ("From", "whatsapp:+85523900100"))).Value!;

        Assert.Equal(MessageStatus.Read, form.MessageStatus);
        Assert.Equal(AddressChannel.WhatsApp, form.From?.Channel);
        Assert.Equal("READ", form.Extra["EventType"]);
        Assert.Equal("whatsapp", form.Extra["ChannelPrefix"]);
    }

    [Fact]
    public void Missing_status_is_refused_with_a_reason()
    {
        var result = StatusCallbackForm.Parse(Form.Of(("MessageSid", Sid)));

        Assert.Equal("missing MessageStatus", result.Error);
    }

    [Fact]
    public void Unknown_status_is_refused_with_a_printable_reason()
    {
        var result = StatusCallbackForm.Parse(Form.Of(("MessageSid", Sid), ("MessageStatus", "exploded\r\n")));

        Assert.Equal("MessageStatus 'exploded…' is not a known status", result.Error);
    }

    [Fact]
    public void Missing_message_sid_is_refused_with_a_reason()
    {
        var result = StatusCallbackForm.Parse(Form.Of(("MessageStatus", "sent")));

        Assert.Equal("missing MessageSid", result.Error);
    }

    [Fact]
    public void Legacy_sms_status_is_used_when_message_status_is_absent()
    {
        var form = StatusCallbackForm.Parse(Form.Of(("MessageSid", Sid), ("SmsStatus", "delivered"))).Value!;

        Assert.Equal(MessageStatus.Delivered, form.MessageStatus);
    }
}
