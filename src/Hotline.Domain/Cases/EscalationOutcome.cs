namespace Hotline.Domain.Cases;

/// <summary>What the host does with an <see cref="EscalationDecision"/>.</summary>
public enum EscalationOutcome
{
    /// <summary>Page <see cref="EscalationDecision.Page"/> now and check again at <see cref="EscalationDecision.DueAt"/>.</summary>
    Page,

    /// <summary>The current tier still has time: do nothing, check again at <see cref="EscalationDecision.DueAt"/>.</summary>
    Wait,

    /// <summary>Someone acknowledged: stop the chain.</summary>
    Stopped,

    /// <summary>Every round passed without an acknowledgement: raise a visible alarm.</summary>
    Exhausted,
}
