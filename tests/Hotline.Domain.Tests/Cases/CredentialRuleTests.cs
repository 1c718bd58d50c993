using Hotline.Domain.Cases;

namespace Hotline.Domain.Tests.Cases;

public sealed class CredentialRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 2, 0, 0, TimeSpan.Zero);
    private static readonly CredentialRule Rule = new(TimeSpan.FromHours(1));

    [Theory]
    [InlineData("ACK K7Q4")]
    [InlineData("1")]
    [InlineData("PASS K7Q4")]
    [InlineData("DONE K7Q4 Wages paid")]
    [InlineData("ON")]
    [InlineData("OFF")]
    public void State_changing_commands_without_a_credential_are_refused_even_just_after_an_ack(string line)
    {
        var command = ResponderCommandParser.Parse(line)!;

        Assert.True(Rule.NeedsCredential(command, Now.AddMinutes(-1), Now));
        Assert.False(Rule.Allows(command, credentialVerified: false, Now.AddMinutes(-1), Now));
    }

    [Fact]
    public void An_ack_with_the_right_page_code_is_allowed()
    {
        var command = ResponderCommandParser.Parse("ACK K7Q4 5821")!;

        var verified = CredentialRule.PageCodeMatches("5821", command.Credential);

        Assert.True(Rule.Allows(command, verified, lastVerifiedAt: null, Now));
    }

    [Fact]
    public void An_ack_with_a_wrong_page_code_is_refused()
    {
        var command = ResponderCommandParser.Parse("ACK K7Q4 5812")!;

        var verified = CredentialRule.PageCodeMatches("5821", command.Credential);

        Assert.False(verified);
        Assert.False(Rule.Allows(command, verified, lastVerifiedAt: null, Now));
    }

    [Fact]
    public void A_reply_inside_the_window_after_the_responders_ack_needs_no_credential()
    {
        var reply = ResponderCommandParser.Parse("R K7Q4 Are you safe?")!;

        Assert.True(Rule.Allows(reply, credentialVerified: false, Now.AddMinutes(-59), Now));
    }

    [Fact]
    public void A_reply_after_the_window_needs_the_credential_again()
    {
        var reply = ResponderCommandParser.Parse("R K7Q4 Are you safe?")!;
        var withCode = ResponderCommandParser.Parse("R K7Q4 #5821 Are you safe?")!;

        Assert.False(Rule.Allows(reply, credentialVerified: false, Now.AddMinutes(-61), Now));
        Assert.True(Rule.Allows(withCode, credentialVerified: true, Now.AddMinutes(-61), Now));
    }

    [Fact]
    public void A_reply_from_a_responder_who_never_acknowledged_needs_a_credential()
    {
        var reply = ResponderCommandParser.Parse("R K7Q4 hello")!;

        Assert.True(Rule.NeedsCredential(reply, lastVerifiedAt: null, Now));
    }

    [Fact]
    public void Help_needs_no_credential()
    {
        Assert.False(Rule.NeedsCredential(ResponderCommandParser.Parse("HELP")!, null, Now));
    }
}
