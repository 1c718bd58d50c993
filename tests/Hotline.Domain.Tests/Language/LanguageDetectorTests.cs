using Hotline.Domain.Tests.Language.Replies;

namespace Hotline.Domain.Tests.Language;

public sealed class LanguageDetectorTests
{
    public static TheoryData<string, string, string> Replies => ReplyData.Rows(LanguageReplies.All);

    [Theory]
    [MemberData(nameof(Replies))]
    public void The_language_form_of_a_message_is_detected(string form, string reply, string expected)
        => Assert.Equal(expected, ReplyData.Read(RecogniserName.Language, form, reply, DateReplies.Today));
}
