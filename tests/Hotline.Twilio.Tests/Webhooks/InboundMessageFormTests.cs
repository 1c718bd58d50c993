using Hotline.Twilio.Tests.Support;
using Hotline.Twilio.Webhooks;

namespace Hotline.Twilio.Tests.Webhooks;

public sealed class InboundMessageFormTests
{
    private const string Sid = "SM0123456789abcdef0123456789abcdef";

    [Fact]
    public void Khmer_sms_is_read_with_its_sender_text_and_location()
    {
        var result = InboundMessageForm.Parse(Form.Parse(
            "ToCountry=KH&SmsMessageSid=" + Sid + "&NumMedia=0&Body=%E1%9E%81%E1%9F%92%E1%9E%89%E1%9E%BB%E1%9F%86" +
            "&From=%2B85512345678&To=%2B85523900100&MessageSid=" + Sid + "&AccountSid=AC0123456789abcdef0123456789abcdef" +
            "&NumSegments=1&ApiVersion=2010-04-01&SmsStatus=received&FromCountry=KH&FromCity=&FromState="));

        Assert.True(result.IsSuccess);
        var form = result.Value;
        Assert.Equal(Sid, form.MessageSid);
        Assert.Equal("ខ្ញុំ", form.Body);
        Assert.Equal("+85512345678", form.From.Raw);
        Assert.Equal(AddressChannel.Sms, form.Channel);
        Assert.Equal("+85523900100", form.To?.Address);
        Assert.Equal("AC0123456789abcdef0123456789abcdef", form.AccountSid);
        Assert.Equal(1, form.NumSegments);
        Assert.Equal(0, form.NumMedia);
        Assert.Equal("KH", form.FromCountry);
        Assert.Null(form.FromCity);
        Assert.Empty(form.Extra);
    }

    [Fact]
    public void WhatsApp_sender_is_recognised_and_keeps_its_prefix_for_the_reply()
    {
        var form = InboundMessageForm.Parse(Form.Parse(
            "MessageSid=" + Sid + "&From=whatsapp%3A%2B85512345678&To=whatsapp%3A%2B85523900100&Body=Hi" +
            "&ProfileName=%E1%9E%9F%E1%9E%BB%E1%9E%81%E1%9E%B6&WaId=85512345678&Forwarded=true")).Value!;

        Assert.Equal(AddressChannel.WhatsApp, form.Channel);
        Assert.Equal("+85512345678", form.From.Address);
        Assert.Equal("whatsapp:+85512345678", form.From.Raw);
        Assert.Equal("សុខា", form.ProfileName);
        Assert.Equal("85512345678", form.WaId);
        Assert.True(form.Forwarded);
        Assert.False(form.FrequentlyForwarded);
    }

    [Fact]
    public void Media_only_message_has_an_empty_body_and_its_attachments_in_order()
    {
        var form = InboundMessageForm.Parse(Form.Parse(
            "MessageSid=MM0123456789abcdef0123456789abcdef&From=%2B85512345678&Body=&NumMedia=2" +
            "&MediaUrl1=https%3A%2F%2Fapi.twilio.com%2Fm%2FME2&MediaContentType1=image%2Fpng" +
            "&MediaUrl0=https%3A%2F%2Fapi.twilio.com%2Fm%2FME1&MediaContentType0=image%2Fjpeg")).Value!;

        Assert.Equal("", form.Body);
        Assert.Equal(2, form.NumMedia);
        Assert.Equal(
            [new MediaAttachment(0, "https://api.twilio.com/m/ME1", "image/jpeg"), new MediaAttachment(1, "https://api.twilio.com/m/ME2", "image/png")],
            form.Media);
    }

    [Fact]
    public void Missing_body_is_read_as_empty_text()
    {
        var form = InboundMessageForm.Parse(Form.Of(("MessageSid", Sid), ("From", "+85512345678"))).Value!;

        Assert.Equal("", form.Body);
        Assert.Null(form.To);
    }

    [Fact]
    public void Missing_from_is_refused_with_a_reason()
    {
        var result = InboundMessageForm.Parse(Form.Of(("MessageSid", Sid), ("Body", "hello")));

        Assert.False(result.IsSuccess);
        Assert.Equal("missing From", result.Error);
    }

    [Fact]
    public void Blank_from_is_refused_with_a_reason()
    {
        var result = InboundMessageForm.Parse(Form.Of(("MessageSid", Sid), ("From", "  ")));

        Assert.Equal("missing From", result.Error);
    }

    [Fact]
    public void Missing_message_sid_is_refused_with_a_reason()
    {
        var result = InboundMessageForm.Parse(Form.Of(("From", "+85512345678")));

        Assert.Equal("missing MessageSid", result.Error);
    }

    [Theory]
    [InlineData("SM 123")]
    [InlineData("SM<script>")]
    [InlineData("SM0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void Message_sid_with_an_invalid_form_is_refused(string sid)
    {
        var result = InboundMessageForm.Parse(Form.Of(("MessageSid", sid), ("From", "+85512345678")));

        Assert.Equal("MessageSid has an invalid form", result.Error);
    }

    [Fact]
    public void Somleng_style_uuid_message_sid_is_accepted()
    {
        var result = InboundMessageForm.Parse(Form.Of(("MessageSid", "7f0e4f3c-2a51-4c55-9a3e-6b1d2f0c9e11"), ("From", "+85512345678")));

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Unknown_parameters_are_kept_and_deprecated_aliases_are_not()
    {
        var form = InboundMessageForm.Parse(Form.Of(
            ("MessageSid", Sid), ("SmsSid", Sid), ("SmsMessageSid", Sid), ("SmsStatus", "received"), ("ApiVersion", "2010-04-01"),
            ("From", "+85512345678"), ("ReferralCtwaClid", "abc"), ("ChannelMetadata", "{\"x\":1}"))).Value!;

        Assert.Equal(new Dictionary<string, string> { ["ReferralCtwaClid"] = "abc", ["ChannelMetadata"] = "{\"x\":1}" }, form.Extra);
    }

    [Fact]
    public void Advanced_opt_out_keyword_is_reported()
    {
        var form = InboundMessageForm.Parse(Form.Of(("MessageSid", Sid), ("From", "+85512345678"), ("Body", "stop"), ("OptOutType", "STOP"))).Value!;

        Assert.Equal("STOP", form.OptOutType);
    }

    [Fact]
    public void Shared_location_and_button_reply_are_read()
    {
        var form = InboundMessageForm.Parse(Form.Of(
            ("MessageSid", Sid), ("From", "whatsapp:+85512345678"), ("Latitude", "11.5564"), ("Longitude", "104.9282"),
            ("Address", "Phnom Penh"), ("Label", "Office"), ("ButtonPayload", "screen_job"), ("ButtonText", "ពិនិត្យការងារ"),
            ("MessageType", "location"))).Value!;

        Assert.Equal(11.5564, form.Latitude);
        Assert.Equal(104.9282, form.Longitude);
        Assert.Equal("Phnom Penh", form.Address);
        Assert.Equal("Office", form.Label);
        Assert.Equal("screen_job", form.ButtonPayload);
        Assert.Equal("ពិនិត្យការងារ", form.ButtonText);
        Assert.Equal("location", form.MessageType);
    }

    [Fact]
    public void Malformed_optional_numbers_do_not_refuse_the_message()
    {
        var result = InboundMessageForm.Parse(Form.Of(("MessageSid", Sid), ("From", "+85512345678"), ("NumSegments", "one"), ("Latitude", "north")));

        Assert.True(result.IsSuccess);
        Assert.Null(result.Value.NumSegments);
        Assert.Null(result.Value.Latitude);
    }

    [Fact]
    public void Repeated_key_keeps_its_first_value()
    {
        var form = InboundMessageForm.Parse(Form.Of(("MessageSid", Sid), ("From", "+85512345678"), ("Body", "first"), ("Body", "second"))).Value!;

        Assert.Equal("first", form.Body);
    }

    [Fact]
    public void Body_longer_than_the_provider_limit_is_kept_whole()
    {
        var body = new string('ក', 2000);

        var form = InboundMessageForm.Parse(Form.Of(("MessageSid", Sid), ("From", "+85512345678"), ("Body", body))).Value!;

        Assert.Equal(body, form.Body);
    }

    [Fact]
    public void Other_channel_prefixes_are_not_mistaken_for_sms()
    {
        var form = InboundMessageForm.Parse(Form.Of(("MessageSid", Sid), ("From", "messenger:1234567890"))).Value!;

        Assert.Equal(AddressChannel.Other, form.Channel);
        Assert.Equal("messenger", form.From.Prefix);
        Assert.Equal("1234567890", form.From.Address);
    }

    [Fact]
    public void Fallback_request_carries_the_primary_error()
    {
        var form = InboundMessageForm.Parse(Form.Of(("MessageSid", Sid), ("From", "+85512345678"), ("ErrorCode", "11200"), ("ErrorUrl", "https://hotline.example.org/twilio/sms"))).Value!;

        Assert.Equal("11200", form.ErrorCode);
        Assert.Equal("https://hotline.example.org/twilio/sms", form.ErrorUrl);
    }
}
