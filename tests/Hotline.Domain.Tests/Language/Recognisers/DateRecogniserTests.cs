using Hotline.Domain.Tests.Language.Replies;

namespace Hotline.Domain.Tests.Language.Recognisers;

public sealed class DateRecogniserTests
{
    public static TheoryData<string, string, string> Replies => ReplyData.Rows(DateReplies.All);

    [Theory]
    [MemberData(nameof(Replies))]
    public void Dates_are_read_day_first_and_relative_to_today(string form, string reply, string expected)
        => Assert.Equal(expected, ReplyData.Read(RecogniserName.Date, form, reply, DateReplies.Today));
}
