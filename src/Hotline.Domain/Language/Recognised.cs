namespace Hotline.Domain.Language;

/// <summary>A typed value read from a reply, with how sure the recogniser is (0..1).</summary>
public readonly record struct Recognised<T>(T Value, double Confidence);
