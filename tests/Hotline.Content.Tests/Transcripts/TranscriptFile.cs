using Hotline.Domain.Language;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Hotline.Content.Tests.Transcripts;

/// <summary>
/// A conversation written as data (<c>Transcripts/*.yaml</c>):
/// <code>
/// description: STOP in the middle of a flow opts out without a reply of ours
/// language: en                 # the form the person writes in (for the reader; replies follow the engine)
/// country: TH                  # optional: the country of the sender's number (default KH)
/// contact:                     # optional: what the host already knows
///   language: en               # remembered language, or leave out for a first contact
///   opted_out: false
/// steps:
///   - send: "1"
///     after_minutes: 20        # optional; default 1 minute after the previous message
///     replies:                 # text keys in the conversation's language; "a + b" is one message of
///       - job_offer.ask_destination   #  both texts on two lines; "= exact text" is literal
///     effects: [OptOut]        # every effect other than replies, in order
/// </code>
/// </summary>
public sealed class TranscriptFile
{
    public string Description { get; set; } = "";
    public string Language { get; set; } = "";
    public string Country { get; set; } = "KH";
    public TranscriptContact? Contact { get; set; }
    public List<TranscriptStep> Steps { get; set; } = [];

    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static TranscriptFile Read(string path)
    {
        using var reader = new StreamReader(path);
        return Reader.Deserialize<TranscriptFile>(reader);
    }

    public LanguageForm? ContactLanguage =>
        Contact?.Language is { } code && LanguageForms.TryParse(code, out var form) ? form : null;
}

public sealed class TranscriptContact
{
    public string? Language { get; set; }
    public bool OptedOut { get; set; }
}

public sealed class TranscriptStep
{
    public string Send { get; set; } = "";
    public double AfterMinutes { get; set; } = 1;
    public List<string> Replies { get; set; } = [];
    public List<string> Effects { get; set; } = [];
}
