namespace Hotline.Domain.Conversations;

/// <summary>
/// Something the engine wants done. Effects are data; the host performs each one with a handler of its own,
/// inside the same transaction as the state change. Every concrete effect needs a handler in the host
/// (a test enumerates them).
/// </summary>
public abstract record Effect;
