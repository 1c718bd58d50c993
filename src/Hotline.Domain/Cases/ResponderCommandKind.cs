namespace Hotline.Domain.Cases;

/// <summary>The commands a registered responder number can send.</summary>
public enum ResponderCommandKind
{
    /// <summary><c>ACK K7Q4 5821</c>: take the case.</summary>
    Ack,

    /// <summary><c>1 5821</c>: take the case of the latest page this responder received.</summary>
    AckLatest,

    /// <summary><c>PASS K7Q4 5821</c>: decline; the chain moves to the next tier at once.</summary>
    Pass,

    /// <summary><c>R K7Q4 text</c>: reply to the person through the hotline number.</summary>
    Reply,

    /// <summary><c>DONE K7Q4 5821 note</c>: close the case with a note.</summary>
    Done,

    /// <summary><c>ON 5821</c>: on duty.</summary>
    On,

    /// <summary><c>OFF 5821</c>: off duty.</summary>
    Off,

    /// <summary><c>HELP</c>: the list of commands.</summary>
    Help,
}
