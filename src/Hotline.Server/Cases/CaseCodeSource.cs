namespace Hotline.Server.Cases;

/// <summary>
/// Where the inbound pipeline's effect handlers get new case codes. In the service this is
/// <see cref="CaseCodes.NewCaseCode"/> (5 random characters of 32: about 33.5 million codes). Random codes can
/// collide with a case that already exists; <see cref="Pipeline.InboundPipeline"/> then runs the whole message again
/// with fresh codes, so the message is never lost to a collision. Tests pass a deterministic source to force one.
/// </summary>
public sealed class CaseCodeSource(Func<string>? next = null)
{
    public string Next() => next?.Invoke() ?? CaseCodes.NewCaseCode();
}
