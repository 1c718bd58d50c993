using Hotline.Twilio.Tests.Support;

namespace Hotline.Twilio.Tests.Signatures;

/// <summary>
/// Vectors designed for the hotline's traffic (Khmer text, WhatsApp addresses, repeated keys,
/// query strings, a status callback on a custom port). Each expected signature is computed here
/// from a hand-built signed string and was also checked against the official SDK
/// (twilio 6.2.0 for Node, getExpectedTwilioSignature and validateRequest, forms parsed with querystring).
/// </summary>
public sealed class HotlineVectorTests
{
    private const string Token = "f3b1c2d4e5a6978812345678abcdef90";
    private const string SmsUrl = "https://hotline.example.org/twilio/sms";

    private const string KhmerSmsBody =
        "ToCountry=KH&SmsMessageSid=SM0123456789abcdef0123456789abcdef&NumMedia=0" +
        "&Body=%E1%9E%81%E1%9F%92%E1%9E%89%E1%9E%BB%E1%9F%86%E1%9E%8F%E1%9F%92%E1%9E%9A%E1%9E%BC%E1%9E%9C%E1%9E%80%E1%9E%B6%E1%9E%9A%E1%9E%87%E1%9F%86%E1%9E%93%E1%9E%BD%E1%9E%99" +
        "&From=%2B85512345678&To=%2B85523900100&MessageSid=SM0123456789abcdef0123456789abcdef" +
        "&AccountSid=AC0123456789abcdef0123456789abcdef&NumSegments=1&ApiVersion=2010-04-01&SmsStatus=received&FromCountry=KH";

    private const string WhatsAppBody =
        "MessageSid=SMfedcba9876543210fedcba9876543210&AccountSid=AC0123456789abcdef0123456789abcdef" +
        "&From=whatsapp%3A%2B85512345678&To=whatsapp%3A%2B85523900100&Body=Hello+there" +
        "&ProfileName=%E1%9E%9F%E1%9E%BB%E1%9E%81%E1%9E%B6&WaId=85512345678&NumMedia=0&NumSegments=1";

    [Fact]
    public void Khmer_sms_signs_the_decoded_Khmer_text_as_utf8()
    {
        var form = Form.Parse(KhmerSmsBody);
        var signed = SmsUrl +
            "AccountSidAC0123456789abcdef0123456789abcdef" + "ApiVersion2010-04-01" + "Bodyខ្ញុំត្រូវការជំនួយ" +
            "From+85512345678" + "FromCountryKH" + "MessageSidSM0123456789abcdef0123456789abcdef" +
            "NumMedia0" + "NumSegments1" + "SmsMessageSidSM0123456789abcdef0123456789abcdef" + "SmsStatusreceived" +
            "To+85523900100" + "ToCountryKH";

        Assert.Equal("ngRn+S4cH5f2w6HgsMdYxLqti/4=", Form.Hmac(Token, signed));
        Assert.Equal("ngRn+S4cH5f2w6HgsMdYxLqti/4=", RequestValidator.ComputeSignature(SmsUrl, form, Token));
        Assert.True(RequestValidator.IsValid(SmsUrl, form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", Token));
    }

    [Fact]
    public void WhatsApp_message_with_a_Khmer_profile_name_validates()
    {
        var form = Form.Parse(WhatsAppBody);
        var signed = SmsUrl +
            "AccountSidAC0123456789abcdef0123456789abcdef" + "BodyHello there" + "Fromwhatsapp:+85512345678" +
            "MessageSidSMfedcba9876543210fedcba9876543210" + "NumMedia0" + "NumSegments1" + "ProfileNameសុខា" +
            "Towhatsapp:+85523900100" + "WaId85512345678";

        Assert.Equal("hRkd82lFAiz4vz6SuxPcm9z5nNE=", Form.Hmac(Token, signed));
        Assert.True(RequestValidator.IsValid(SmsUrl, form, "hRkd82lFAiz4vz6SuxPcm9z5nNE=", Token));
    }

    [Fact]
    public void Repeated_keys_are_deduplicated_and_names_compare_by_case()
    {
        var form = Form.Parse("Tag=b&Tag=a&Tag=b&tag=c&Body=&MessageSid=SM11111111111111111111111111111111");
        var signed = SmsUrl + "Body" + "MessageSidSM11111111111111111111111111111111" + "Taga" + "Tagb" + "tagc";

        Assert.Equal("GXxPUvHTi9aOvvV1a0EoPgyDjYA=", Form.Hmac(Token, signed));
        Assert.Equal("GXxPUvHTi9aOvvV1a0EoPgyDjYA=", RequestValidator.ComputeSignature(SmsUrl, form, Token));
    }

    [Fact]
    public void Query_string_stays_in_the_url_and_is_not_added_to_the_parameters()
    {
        const string url = SmsUrl + "?tenant=ngo-1&lang=km";
        var form = Form.Parse("MessageSid=SM22222222222222222222222222222222&From=%2B85512345678&To=%2B85523900100&Body=STOP");
        var signed = url + "BodySTOP" + "From+85512345678" + "MessageSidSM22222222222222222222222222222222" + "To+85523900100";

        Assert.Equal("oVL7/at4evRl0joIdGHyMNnKIsc=", Form.Hmac(Token, signed));
        Assert.True(RequestValidator.IsValid(url, form, "oVL7/at4evRl0joIdGHyMNnKIsc=", Token));
        Assert.False(RequestValidator.IsValid(SmsUrl, form, "oVL7/at4evRl0joIdGHyMNnKIsc=", Token));
    }

    [Fact]
    public void Status_callback_on_a_custom_http_port_validates()
    {
        const string url = "http://127.0.0.1:8080/twilio/status";
        var form = Form.Parse(
            "MessageSid=SM33333333333333333333333333333333&MessageStatus=undelivered&ErrorCode=30003" +
            "&SmsSid=SM33333333333333333333333333333333&SmsStatus=undelivered&AccountSid=AC0123456789abcdef0123456789abcdef" +
            "&To=%2B85512345678&From=%2B85523900100&ApiVersion=2010-04-01");

        Assert.Equal("O3niNZkahNJK7hwHsMfpHzUwbWI=", RequestValidator.ComputeSignature(url, form, Token));
        Assert.True(RequestValidator.IsValid(url, form, "O3niNZkahNJK7hwHsMfpHzUwbWI=", Token));
    }

    [Fact]
    public void Tampered_body_text_is_refused()
    {
        var form = Form.Parse(KhmerSmsBody.Replace("Body=%E1%9E%81", "Body=%E1%9E%82", StringComparison.Ordinal));

        Assert.False(RequestValidator.IsValid(SmsUrl, form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", Token));
    }

    [Fact]
    public void Extra_parameter_added_after_signing_is_refused()
    {
        var form = Form.Parse(KhmerSmsBody + "&OptOutType=STOP");

        Assert.False(RequestValidator.IsValid(SmsUrl, form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", Token));
    }

    [Fact]
    public void Parameter_removed_after_signing_is_refused()
    {
        var form = Form.Parse(KhmerSmsBody.Replace("&FromCountry=KH", "", StringComparison.Ordinal));

        Assert.False(RequestValidator.IsValid(SmsUrl, form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", Token));
    }

    [Fact]
    public void Signature_made_with_another_token_is_refused()
    {
        var form = Form.Parse(KhmerSmsBody);

        Assert.False(RequestValidator.IsValid(SmsUrl, form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", "f3b1c2d4e5a6978812345678abcdef91"));
    }

    [Fact]
    public void Token_case_matters()
    {
        var form = Form.Parse(KhmerSmsBody);

        Assert.False(RequestValidator.IsValid(SmsUrl, form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", Token.ToUpperInvariant()));
    }

    [Fact]
    public void Signature_for_https_is_refused_on_http()
    {
        var form = Form.Parse(KhmerSmsBody);

        Assert.False(RequestValidator.IsValid("http://hotline.example.org/twilio/sms", form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", Token));
    }

    [Fact]
    public void Trailing_slash_changes_the_signed_url()
    {
        var form = Form.Parse(KhmerSmsBody);

        Assert.False(RequestValidator.IsValid(SmsUrl + "/", form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", Token));
    }

    [Fact]
    public void Either_token_validates_during_a_rotation()
    {
        var form = Form.Parse(KhmerSmsBody);

        Assert.True(RequestValidator.IsValid(SmsUrl, form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", "new-token-00000000000000000000000", Token));
        Assert.True(RequestValidator.IsValid(SmsUrl, form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", Token, "new-token-00000000000000000000000"));
    }

    [Fact]
    public void Missing_or_empty_signature_is_refused()
    {
        var form = Form.Parse(KhmerSmsBody);

        Assert.False(RequestValidator.IsValid(SmsUrl, form, null, Token));
        Assert.False(RequestValidator.IsValid(SmsUrl, form, "", Token));
    }

    [Fact]
    public void No_usable_token_validates_nothing()
    {
        var form = Form.Parse(KhmerSmsBody);

        Assert.False(RequestValidator.IsValid(SmsUrl, form, "ngRn+S4cH5f2w6HgsMdYxLqti/4="));
        Assert.False(RequestValidator.IsValid(SmsUrl, form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", ""));
        Assert.False(RequestValidator.IsValid(SmsUrl, form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", null!));
    }

    [Fact]
    public void Connection_override_fragment_is_not_part_of_the_signed_url()
    {
        var form = Form.Parse(KhmerSmsBody);

        Assert.True(RequestValidator.IsValid(SmsUrl + "#rc=2&rp=ct,rt&rt=8000", form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", Token));
        Assert.Equal("ngRn+S4cH5f2w6HgsMdYxLqti/4=", RequestValidator.ComputeSignature(SmsUrl + "#rc=2", form, Token));
    }

    [Fact]
    public void Basic_auth_credentials_in_the_webhook_url_are_not_signed()
    {
        var form = Form.Parse(KhmerSmsBody);

        Assert.True(RequestValidator.IsValid("https://ngo:secret@hotline.example.org/twilio/sms", form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", Token));
    }

    [Fact]
    public void Explicit_default_https_port_on_the_received_url_validates_a_signature_made_without_it()
    {
        var form = Form.Parse(KhmerSmsBody);

        Assert.True(RequestValidator.IsValid("https://hotline.example.org:443/twilio/sms", form, "ngRn+S4cH5f2w6HgsMdYxLqti/4=", Token));
    }

    [Fact]
    public void Ipv6_host_with_port_keeps_its_brackets_when_the_port_is_removed()
    {
        var form = Form.Parse(KhmerSmsBody);
        var signature = RequestValidator.ComputeSignature("http://[::1]/twilio/sms", form, Token);

        Assert.True(RequestValidator.IsValid("http://[::1]:8080/twilio/sms", form, signature, Token));
    }

    [Fact]
    public void Signature_with_the_right_length_but_wrong_content_is_refused()
    {
        var form = Form.Parse(KhmerSmsBody);

        Assert.False(RequestValidator.IsValid(SmsUrl, form, "ngRn+S4cH5f2w6HgsMdYxLqti/5=", Token));
    }
}
