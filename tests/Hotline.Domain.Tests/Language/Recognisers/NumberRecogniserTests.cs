using Hotline.Domain.Tests.Language.Replies;

namespace Hotline.Domain.Tests.Language.Recognisers;

public sealed class NumberRecogniserTests
{
    public static TheoryData<string, string, string> Replies => ReplyData.Rows(NumberReplies.All);

    [Theory]
    [MemberData(nameof(Replies))]
    public void Numbers_are_read_from_digits_and_words_in_every_form(string form, string reply, string expected)
        => Assert.Equal(expected, ReplyData.Read(RecogniserName.Number, form, reply, DateReplies.Today));
}
