using System.Diagnostics.Metrics;

namespace Hotline.Server.Cases;

/// <summary>
/// Alarms an operator's monitoring can watch (OpenTelemetry / dotnet-counters, meter <c>Hotline.Escalation</c>): an
/// urgent case that found nobody on call in any organisation, and an escalation chain that ran out with nobody
/// acknowledging. Each is counted once per case; the log line next to it names the case code only.
/// </summary>
public sealed class EscalationMetrics
{
    public const string MeterName = "Hotline.Escalation";

    public EscalationMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        UnroutedUrgent = meter.CreateCounter<long>("hotline.urgent.unrouted", "{case}",
            "Urgent cases no organisation could take because nobody was on call anywhere");
        Exhausted = meter.CreateCounter<long>("hotline.escalation.exhausted", "{case}",
            "Urgent cases whose every escalation round passed without an acknowledgement");
    }

    public Counter<long> UnroutedUrgent { get; }
    public Counter<long> Exhausted { get; }
}
