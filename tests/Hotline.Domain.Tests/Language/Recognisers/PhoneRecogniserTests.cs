using Hotline.Domain.Tests.Language.Replies;

namespace Hotline.Domain.Tests.Language.Recognisers;

public sealed class PhoneRecogniserTests
{
    public static TheoryData<string, string, string> Replies => ReplyData.Rows(PhoneReplies.All);

    [Theory]
    [MemberData(nameof(Replies))]
    public void Phone_numbers_are_read_into_international_form(string form, string reply, string expected)
        => Assert.Equal(expected, ReplyData.Read(RecogniserName.Phone, form, reply, DateReplies.Today));
}
