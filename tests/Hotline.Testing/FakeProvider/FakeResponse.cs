namespace Hotline.Testing.FakeProvider;

/// <summary>
/// One scripted answer to the next message POST, for driving the dispatcher through the failures
/// a real provider produces. When the script is empty the fake accepts normally.
/// </summary>
public abstract record FakeResponse
{
    private FakeResponse()
    {
    }

    /// <summary>Accept and record the message: 201 with a queued Message resource.</summary>
    public static FakeResponse Accept() => new Accepted();

    /// <summary>A Twilio error body without creating the message, e.g. <c>Error(429, 20429)</c>, <c>Error(400, 21211)</c>, <c>Error(400, 21610)</c>.</summary>
    public static FakeResponse Error(int httpStatus, int code, string? message = null, TimeSpan? retryAfter = null) =>
        new Failed(httpStatus, code, message ?? $"Scripted error {code}", retryAfter);

    /// <summary>A 5xx without creating the message: the client cannot tell this from <see cref="AcceptThenDropConnection"/>.</summary>
    public static FakeResponse ServerError(int httpStatus = 500) =>
        new Failed(httpStatus, 20500, "An internal server error has occurred", null);

    /// <summary>
    /// Wait, then answer with <paramref name="then"/> (accept by default) — for client timeouts. Like a
    /// real provider, the fake still creates the message when the client has stopped waiting.
    /// </summary>
    public static FakeResponse Delay(TimeSpan delay, FakeResponse? then = null) => new Delayed(delay, then ?? Accept());

    /// <summary>
    /// The uncertain case: the message is created and recorded (it will be delivered), but the
    /// client gets a 500, so it must look before sending again.
    /// </summary>
    public static FakeResponse AcceptThenDropConnection() => new AcceptedThenFailed(Abort: false);

    /// <summary>Like <see cref="AcceptThenDropConnection"/>, but the TCP connection is really aborted with no response at all.</summary>
    public static FakeResponse AcceptThenAbort() => new AcceptedThenFailed(Abort: true);

    internal sealed record Accepted : FakeResponse;

    internal sealed record Failed(int HttpStatus, int Code, string Message, TimeSpan? RetryAfter) : FakeResponse;

    internal sealed record Delayed(TimeSpan Wait, FakeResponse Then) : FakeResponse;

    internal sealed record AcceptedThenFailed(bool Abort) : FakeResponse;
}
