using Hotline.Domain.Tests.Language.Replies;

namespace Hotline.Domain.Tests.Language.Recognisers;

public sealed class YesNoRecogniserTests
{
    public static TheoryData<string, string, string> Replies => ReplyData.Rows(YesNoReplies.All);

    [Theory]
    [MemberData(nameof(Replies))]
    public void Yes_no_replies_are_read_as_the_person_meant_them(string form, string reply, string expected)
        => Assert.Equal(expected, ReplyData.Read(RecogniserName.YesNo, form, reply, DateReplies.Today));
}
