using Hotline.Domain.Tests.Language.Replies;

namespace Hotline.Domain.Tests.Language.Recognisers;

public sealed class PlaceRecogniserTests
{
    public static TheoryData<string, string, string> Replies => ReplyData.Rows(PlaceReplies.All);

    [Theory]
    [MemberData(nameof(Replies))]
    public void Provinces_and_countries_are_read_by_any_of_their_names(string form, string reply, string expected)
        => Assert.Equal(expected, ReplyData.Read(RecogniserName.Place, form, reply, DateReplies.Today));
}
