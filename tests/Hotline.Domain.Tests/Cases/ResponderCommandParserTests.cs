using Hotline.Domain.Cases;

namespace Hotline.Domain.Tests.Cases;

/// <summary>Lines as responders type them on real phones: lower case, doubled spaces, Khmer digits, replies in Khmer.</summary>
public sealed class ResponderCommandParserTests
{
    [Theory]
    [InlineData("ACK K7Q4 5821", ResponderCommandKind.Ack, "K7Q4", "5821", null)]
    [InlineData("ack k7q4 5821", ResponderCommandKind.Ack, "K7Q4", "5821", null)]
    [InlineData("Ack K7Q4", ResponderCommandKind.Ack, "K7Q4", null, null)]
    [InlineData("  ACK   K7Q4    5821  ", ResponderCommandKind.Ack, "K7Q4", "5821", null)]
    [InlineData("ACK\nK7Q4\n5821", ResponderCommandKind.Ack, "K7Q4", "5821", null)]
    [InlineData("ACK K7Q4 #5821", ResponderCommandKind.Ack, "K7Q4", "5821", null)]
    [InlineData("ACK K7Q4 ៥៨២១", ResponderCommandKind.Ack, "K7Q4", "5821", null)]
    [InlineData("ACK K៧Q៤ ៥៨២១", ResponderCommandKind.Ack, "K7Q4", "5821", null)]
    [InlineData("ACK K7Q4\u200B5821", ResponderCommandKind.Ack, "K7Q4", "5821", null)]
    [InlineData("ACK ZX9P2 104729", ResponderCommandKind.Ack, "ZX9P2", "104729", null)]
    [InlineData("ACK HJ3MWZ 0000", ResponderCommandKind.Ack, "HJ3MWZ", "0000", null)]
    [InlineData("ACK K7Q4 1234", ResponderCommandKind.Ack, "K7Q4", "1234", null)]
    [InlineData("1", ResponderCommandKind.AckLatest, null, null, null)]
    [InlineData("1 5821", ResponderCommandKind.AckLatest, null, "5821", null)]
    [InlineData("១ ៥៨២១", ResponderCommandKind.AckLatest, null, "5821", null)]
    [InlineData(" 1 ", ResponderCommandKind.AckLatest, null, null, null)]
    [InlineData("PASS K7Q4 5821", ResponderCommandKind.Pass, "K7Q4", "5821", null)]
    [InlineData("pass k7q4", ResponderCommandKind.Pass, "K7Q4", null, null)]
    [InlineData("Pass  M4XT  #998877", ResponderCommandKind.Pass, "M4XT", "998877", null)]
    [InlineData("R K7Q4 We will call you at 3pm", ResponderCommandKind.Reply, "K7Q4", null, "We will call you at 3pm")]
    [InlineData("r k7q4 ok", ResponderCommandKind.Reply, "K7Q4", null, "ok")]
    [InlineData("R K7Q4 ខ្ញុំនឹងទូរស័ព្ទទៅអ្នកនៅម៉ោង ៣ រសៀល", ResponderCommandKind.Reply, "K7Q4", null, "ខ្ញុំនឹងទូរស័ព្ទទៅអ្នកនៅម៉ោង ៣ រសៀល")]
    [InlineData("R K7Q4 knhom nung tel tov neak  tngai nis", ResponderCommandKind.Reply, "K7Q4", null, "knhom nung tel tov neak  tngai nis")]
    [InlineData("R K7Q4 2000 baht is still owed, right?", ResponderCommandKind.Reply, "K7Q4", null, "2000 baht is still owed, right?")]
    [InlineData("R K7Q4 #5821 Are you safe now?", ResponderCommandKind.Reply, "K7Q4", "5821", "Are you safe now?")]
    [InlineData("R K7Q4 #hashtag text", ResponderCommandKind.Reply, "K7Q4", null, "#hashtag text")]
    [InlineData("R   K7Q4   Line one\nLine two  ", ResponderCommandKind.Reply, "K7Q4", null, "Line one\nLine two")]
    [InlineData("R K7Q4 Stay where you are. ACK", ResponderCommandKind.Reply, "K7Q4", null, "Stay where you are. ACK")]
    [InlineData("DONE K7Q4 5821 Wages paid by employer", ResponderCommandKind.Done, "K7Q4", "5821", "Wages paid by employer")]
    [InlineData("done k7q4 5821", ResponderCommandKind.Done, "K7Q4", "5821", null)]
    [InlineData("DONE K7Q4 Referred to legal aid", ResponderCommandKind.Done, "K7Q4", null, "Referred to legal aid")]
    [InlineData("DONE K7Q4 #5821 បានជួបគ្រួសារហើយ", ResponderCommandKind.Done, "K7Q4", "5821", "បានជួបគ្រួសារហើយ")]
    [InlineData("DONE K7Q4", ResponderCommandKind.Done, "K7Q4", null, null)]
    [InlineData("ON", ResponderCommandKind.On, null, null, null)]
    [InlineData("on 4417", ResponderCommandKind.On, null, "4417", null)]
    [InlineData("On ៤៤១៧", ResponderCommandKind.On, null, "4417", null)]
    [InlineData("OFF 4417", ResponderCommandKind.Off, null, "4417", null)]
    [InlineData("off", ResponderCommandKind.Off, null, null, null)]
    [InlineData("HELP", ResponderCommandKind.Help, null, null, null)]
    [InlineData("help", ResponderCommandKind.Help, null, null, null)]
    [InlineData(" Help ", ResponderCommandKind.Help, null, null, null)]
    public void Command_lines_parse_to_kind_case_code_credential_and_verbatim_text(
        string line, ResponderCommandKind kind, string? caseCode, string? credential, string? text)
    {
        Assert.Equal(new ResponderCommand(kind, caseCode, credential, text), ResponderCommandParser.Parse(line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ack")]
    [InlineData("ACK 58")]
    [InlineData("ACK K7O4 5821")]
    [InlineData("ACK K1Q4 5821")]
    [InlineData("ACK KQ 5821")]
    [InlineData("ACK K7Q4XYZ 5821")]
    [InlineData("ACK K7Q4 58")]
    [InlineData("ACK K7Q4 582")]
    [InlineData("ACK K7Q4 123456789")]
    [InlineData("ACK K7Q4 ABCD")]
    [InlineData("ACK K7Q4 5821 thanks")]
    [InlineData("ACK-K7Q4")]
    [InlineData("ACKK7Q4 5821")]
    [InlineData("PASS")]
    [InlineData("R K7Q4")]
    [InlineData("R K7Q4   ")]
    [InlineData("R K7Q4 #5821")]
    [InlineData("R")]
    [InlineData("R hello there")]
    [InlineData("DONE")]
    [InlineData("DONE ok")]
    [InlineData("1 2")]
    [InlineData("12")]
    [InlineData("ON now")]
    [InlineData("OFF 12")]
    [InlineData("HELP me")]
    [InlineData("ok")]
    [InlineData("yes I will go")]
    [InlineData("ទទួល K7Q4 5821")]
    public void Lines_that_are_not_exactly_a_command_are_not_guessed(string line)
    {
        Assert.Null(ResponderCommandParser.Parse(line));
    }

    [Fact]
    public void A_khmer_reply_keeps_its_zero_width_spaces_and_digits_exactly()
    {
        const string reply = "សូម\u200Bរង់ចាំ ១០ នាទី";

        var command = ResponderCommandParser.Parse("R K7Q4 " + reply);

        Assert.Equal(reply, command?.Text);
    }

    [Fact]
    public void State_changing_commands_are_marked_and_reply_and_help_are_not()
    {
        Assert.True(ResponderCommandParser.Parse("ACK K7Q4")!.ChangesState);
        Assert.True(ResponderCommandParser.Parse("DONE K7Q4 5821")!.ChangesState);
        Assert.True(ResponderCommandParser.Parse("OFF")!.ChangesState);
        Assert.False(ResponderCommandParser.Parse("R K7Q4 hi")!.ChangesState);
        Assert.False(ResponderCommandParser.Parse("HELP")!.ChangesState);
    }
}
