using Hotline.Domain.Tests.Language.Replies;

namespace Hotline.Domain.Tests.Language.Recognisers;

public sealed class AgeRecogniserTests
{
    public static TheoryData<string, string, string> Replies => ReplyData.Rows(AgeReplies.All);

    [Theory]
    [MemberData(nameof(Replies))]
    public void Ages_are_read_and_implausible_ones_refused(string form, string reply, string expected)
        => Assert.Equal(expected, ReplyData.Read(RecogniserName.Age, form, reply, DateReplies.Today));
}
