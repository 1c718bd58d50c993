namespace Hotline.Server.Simulator;

/// <summary>Whether /simulator is served: on when no provider credentials are set, unless Hotline:SimulatorEnabled says otherwise.</summary>
public sealed record SimulatorSettings(bool Enabled);
