using Hotline.Twilio.Webhooks;

namespace Hotline.Twilio.Tests.Webhooks;

/// <summary>Expected documents are twilio-node 6.2.0 MessagingResponse output, byte for byte.</summary>
public sealed class TwimlTests
{
    [Fact]
    public void Empty_response_matches_the_sdk()
    {
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>", TwiML.EmptyResponse);
        Assert.Equal(TwiML.EmptyResponse, TwiML.Messages());
    }

    [Fact]
    public void Khmer_text_goes_in_literally_and_markup_is_escaped()
    {
        var xml = TwiML.Messages(new TwimlMessage("សួស្តី! Tom & Jerry <3 \"quotes\" 'apos'"));

        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>សួស្តី! Tom &amp; Jerry &lt;3 \"quotes\" 'apos'</Message></Response>", xml);
    }

    [Fact]
    public void Several_messages_keep_their_order_and_attributes_are_escaped()
    {
        var xml = TwiML.Messages(
            new TwimlMessage("Part 1"),
            new TwimlMessage("Part 2") { To = "+85512345678", From = "+85523900100", Action = "https://hotline.example.org/twilio/status?x=1&y=2" });

        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>Part 1</Message><Message to=\"+85512345678\" from=\"+85523900100\" action=\"https://hotline.example.org/twilio/status?x=1&amp;y=2\">Part 2</Message></Response>",
            xml);
    }

    [Fact]
    public void Message_with_media_nests_body_and_media()
    {
        var xml = TwiML.Messages(new TwimlMessage("with media") { MediaUrls = ["https://example.org/a.png?x=1&y=2"] });

        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message><Body>with media</Body><Media>https://example.org/a.png?x=1&amp;y=2</Media></Message></Response>", xml);
    }

    [Fact]
    public void Greater_than_and_carriage_return_are_escaped_in_text_as_the_sdk_does()
    {
        var xml = TwiML.Messages(new TwimlMessage("a > b & c < d \"q\" 'a' \t tab\nline\r\nCRLF"));

        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>a &gt; b &amp; c &lt; d \"q\" 'a' \t tab\nline&#xD;\nCRLF</Message></Response>", xml);
    }

    [Fact]
    public void Quotes_and_whitespace_in_attributes_are_escaped_as_the_sdk_does()
    {
        var xml = TwiML.Messages(
            new TwimlMessage("x") { To = "+855 \"1\"<2>&", Action = "https://x/y?a=1&b=2" },
            new TwimlMessage("x") { To = "a\tb\nc" });

        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message to=\"+855 &quot;1&quot;&lt;2>&amp;\" action=\"https://x/y?a=1&amp;b=2\">x</Message>" +
            "<Message to=\"a&#x9;b&#xA;c\">x</Message></Response>",
            xml);
    }

    [Fact]
    public void Empty_message_is_self_closing()
    {
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message/></Response>", TwiML.Messages(new TwimlMessage("")));
    }

    [Fact]
    public void Control_characters_that_xml_forbids_are_stripped()
    {
        // twilio-node throws on these; generated replies may contain them, so we drop them instead.
        var xml = TwiML.Messages(new TwimlMessage("bell\u0007 nul\u0000 ok\uFFFF \uD800lone"));

        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>bell nul ok lone</Message></Response>", xml);
    }

    [Fact]
    public void Emoji_survive_the_xml_cleaning()
    {
        Assert.Equal("ok 😀", TwiML.XmlLegal("ok 😀"));
    }

    [Fact]
    public void Status_callback_and_method_attributes_are_written()
    {
        var xml = TwiML.Messages(new TwimlMessage("x") { Action = "https://h/s", Method = "POST", StatusCallback = "https://h/s" });

        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message action=\"https://h/s\" method=\"POST\" statusCallback=\"https://h/s\">x</Message></Response>", xml);
    }
}
