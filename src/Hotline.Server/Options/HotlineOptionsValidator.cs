using Hotline.Storage.Protection;
using Microsoft.Extensions.Options;

namespace Hotline.Server.Options;

/// <summary>Checks that data annotations cannot express: the key's shape and randomness (<see cref="EncryptionKeyRule"/>),
/// the public URL's shape, and that both exist at all outside Development.</summary>
public sealed class HotlineOptionsValidator(IHostEnvironment environment) : IValidateOptions<HotlineOptions>
{
    public ValidateOptionsResult Validate(string? name, HotlineOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            if (!environment.IsDevelopment())
                errors.Add("Hotline:EncryptionKey is required outside Development (base64 of 32 random bytes, e.g. `openssl rand -base64 32`).");
        }
        else if (EncryptionKeyRule.Problem(options.EncryptionKey) is { } problem)
        {
            errors.Add($"Hotline:EncryptionKey {problem}; make one with `openssl rand -base64 32`.");
        }
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl) && !environment.IsDevelopment())
            errors.Add("Hotline:PublicBaseUrl is required outside Development (the address the provider calls, e.g. https://hotline.example.org): webhook signatures are checked against it, never against the request's Host header.");
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            errors.Add("Hotline:PublicBaseUrl must be an absolute http(s) URL such as https://hotline.example.org.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
