using Hotline.Domain.Tests.Language.Replies;

namespace Hotline.Domain.Tests.Language.Recognisers;

public sealed class DurationRecogniserTests
{
    public static TheoryData<string, string, string> Replies => ReplyData.Rows(DurationReplies.All);

    [Theory]
    [MemberData(nameof(Replies))]
    public void Durations_are_read_as_amount_and_unit(string form, string reply, string expected)
        => Assert.Equal(expected, ReplyData.Read(RecogniserName.Duration, form, reply, DateReplies.Today));
}
