using System.Diagnostics.CodeAnalysis;

namespace Hotline.Twilio.Webhooks;

/// <summary>
/// A parsed webhook form, or the one human-readable reason it could not be used. Parsing never
/// throws: a malformed request from the internet is an expected event, answered and logged, not
/// an exception.
/// </summary>
public sealed class FormParseResult<T> where T : class
{
    private FormParseResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The parsed form when <see cref="IsSuccess"/>.</summary>
    public T? Value { get; }

    /// <summary>Why the form was refused, e.g. "missing From", when not <see cref="IsSuccess"/>.</summary>
    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Value is not null;

    public static FormParseResult<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static FormParseResult<T> Failure(string error) => new(null, error);
}
