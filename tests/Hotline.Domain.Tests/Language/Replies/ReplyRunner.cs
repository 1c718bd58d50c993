using Hotline.Domain.Language;
using Hotline.Domain.Language.Recognisers;

namespace Hotline.Domain.Tests.Language.Replies;

/// <summary>Runs one reply through the recogniser it is meant for and says what came out.</summary>
public static class ReplyRunner
{
    /// <summary>"Where do you want to work? 1 Thailand 2 Malaysia 3 Korea 4 Other".</summary>
    public static readonly PreparedChoices Countries = new(
    [
        new ChoiceOption("thailand", ["Thailand", "ថៃ", "srok thai", "ស្រុកថៃ"]),
        new ChoiceOption("malaysia", ["Malaysia", "ម៉ាឡេស៊ី"]),
        new ChoiceOption("korea", ["South Korea", "Korea", "កូរ៉េ"]),
        new ChoiceOption("other", ["Other", "ផ្សេងទៀត", "phseng", "phseng tiet", "another country"]),
    ]);

    /// <summary>"What is the problem? 1 Unpaid wages 2 Passport taken 3 Violence 4 Something else".</summary>
    public static readonly PreparedChoices Problems = new(
    [
        new ChoiceOption("wages", ["unpaid wages", "wages", "salary", "not paid", "ប្រាក់ខែ", "prak khae", "luy khae", "អត់បើកលុយ", "ot baek luy"]),
        new ChoiceOption("passport", ["passport", "លិខិតឆ្លងដែន", "ប៉ាស្ប៉័រ", "likhet chhlong den", "paspo", "passpo"]),
        new ChoiceOption("violence", ["violence", "beaten", "hit", "វាយ", "ធ្វើបាប", "veay", "tveu bap"]),
        new ChoiceOption("other", ["something else", "other", "ផ្សេងទៀត", "phseng"]),
    ]);

    public static object? Run(RecogniserName recogniser, Reply reply, DateOnly today, PreparedChoices? options = null)
    {
        var text = TextNormaliser.Normalise(reply.Text);
        return recogniser switch
        {
            RecogniserName.Language => LanguageDetector.Detect(text),
            RecogniserName.YesNo => YesNoRecogniser.Recognise(text)?.Value,
            RecogniserName.Choice => ChoiceRecogniser.Recognise(text, options ?? Countries)?.Value,
            RecogniserName.Number => NumberRecogniser.Recognise(text)?.Value,
            RecogniserName.Money => MoneyRecogniser.Recognise(text)?.Value,
            RecogniserName.Phone => PhoneRecogniser.Recognise(text)?.Value,
            RecogniserName.Age => AgeRecogniser.Recognise(text)?.Value,
            RecogniserName.Duration => DurationRecogniser.Recognise(text)?.Value,
            RecogniserName.Date => DateRecogniser.Recognise(text, today)?.Value,
            RecogniserName.Place => PlaceRecogniser.Recognise(text)?.Value.Code,
            _ => throw new ArgumentOutOfRangeException(nameof(recogniser)),
        };
    }

    public static bool IsRight(RecogniserName recogniser, Reply reply, DateOnly today, PreparedChoices? options = null)
        => Equals(Run(recogniser, reply, today, options), reply.Expected);
}
