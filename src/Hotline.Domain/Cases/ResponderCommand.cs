namespace Hotline.Domain.Cases;

/// <summary>
/// A parsed responder command. <see cref="CaseCode"/> is upper case with Khmer digits turned into ASCII;
/// <see cref="Credential"/> is the PIN or page code as ASCII digits, null when none was given (the
/// parser only reads it; <see cref="CredentialRule"/> says whether one is needed and the host checks it);
/// <see cref="Text"/> is the reply or note exactly as typed, in whatever language, because it goes on
/// to a person or into the case record.
/// </summary>
public sealed record ResponderCommand(ResponderCommandKind Kind, string? CaseCode, string? Credential, string? Text)
{
    /// <summary>True for commands that change a case or a duty flag.</summary>
    public bool ChangesState => Kind is ResponderCommandKind.Ack or ResponderCommandKind.AckLatest
        or ResponderCommandKind.Pass or ResponderCommandKind.Done or ResponderCommandKind.On or ResponderCommandKind.Off;
}
