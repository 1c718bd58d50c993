using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;
using Hotline.Domain.Tests.Language.Replies;

namespace Hotline.Domain.Tests.Language.Recognisers;

public sealed class ChoiceRecogniserTests
{
    public static TheoryData<string, string, string> CountryReplies => ReplyData.Rows(ChoiceReplies.Countries);
    public static TheoryData<string, string, string> ProblemReplies => ReplyData.Rows(ChoiceReplies.Problems);

    [Theory]
    [MemberData(nameof(CountryReplies))]
    public void Destination_menu_answers_pick_one_country_or_none(string form, string reply, string expected)
        => Assert.Equal(expected, ReplyData.Read(RecogniserName.Choice, form, reply, DateReplies.Today, ReplyRunner.Countries));

    [Theory]
    [MemberData(nameof(ProblemReplies))]
    public void Problem_menu_answers_pick_one_problem_or_none(string form, string reply, string expected)
        => Assert.Equal(expected, ReplyData.Read(RecogniserName.Choice, form, reply, DateReplies.Today, ReplyRunner.Problems));

    [Fact]
    public void Unprepared_options_give_the_same_answer_as_prepared_ones()
    {
        IReadOnlyList<ChoiceOption> plain = [.. ReplyRunner.Countries];
        foreach (var reply in ChoiceReplies.Countries)
        {
            var text = TextNormaliser.Normalise(reply.Text);
            Assert.Equal(ChoiceRecogniser.Recognise(text, ReplyRunner.Countries), ChoiceRecogniser.Recognise(text, plain));
        }
    }

    [Fact]
    public void A_number_reply_is_surer_than_a_typo()
    {
        var byNumber = ChoiceRecogniser.Recognise(TextNormaliser.Normalise("2"), ReplyRunner.Countries);
        var byTypo = ChoiceRecogniser.Recognise(TextNormaliser.Normalise("Malaysya"), ReplyRunner.Countries);
        Assert.Equal(1.0, byNumber!.Value.Confidence);
        Assert.True(byTypo!.Value.Confidence < byNumber.Value.Confidence);
    }

    [Fact]
    public void Options_with_a_shared_synonym_are_refused_rather_than_guessed()
    {
        IReadOnlyList<ChoiceOption> options = [new("a", ["help"]), new("b", ["help"])];
        Assert.Null(ChoiceRecogniser.Recognise(TextNormaliser.Normalise("help"), options));
    }
}
