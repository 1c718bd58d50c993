using Microsoft.Extensions.Options;

namespace Hotline.Server.Options;

/// <summary>Checks that data annotations cannot express: the key's shape, the public URL's shape, and that a key
/// exists at all outside Development.</summary>
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
        else
        {
            try
            {
                if (Convert.FromBase64String(options.EncryptionKey.Trim()).Length != 32)
                    errors.Add("Hotline:EncryptionKey must decode to exactly 32 bytes.");
            }
            catch (FormatException)
            {
                errors.Add("Hotline:EncryptionKey is not valid base64.");
            }
        }
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            errors.Add("Hotline:PublicBaseUrl must be an absolute http(s) URL such as https://hotline.example.org.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
