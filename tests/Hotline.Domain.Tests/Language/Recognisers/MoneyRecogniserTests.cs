using Hotline.Domain.Tests.Language.Replies;

namespace Hotline.Domain.Tests.Language.Recognisers;

public sealed class MoneyRecogniserTests
{
    public static TheoryData<string, string, string> Replies => ReplyData.Rows(MoneyReplies.All);

    [Theory]
    [MemberData(nameof(Replies))]
    public void Amounts_are_read_with_the_currency_next_to_them(string form, string reply, string expected)
        => Assert.Equal(expected, ReplyData.Read(RecogniserName.Money, form, reply, DateReplies.Today));
}
