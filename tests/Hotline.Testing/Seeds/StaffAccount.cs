using Hotline.Storage.Identity;
using Hotline.Storage.Protection;
using Hotline.Testing.Server;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Testing.Seeds;

/// <summary>A staff account made the way the CLI makes one, with its one-time password and TOTP secret.</summary>
public sealed record StaffAccount(long Id, long OrganisationId, string Email, string Password, byte[] TotpSecret)
{
    public static async Task<StaffAccount> CreateAsync(HotlineTestServer server, string organisation, string email,
        string role = StaffRoles.Responder, long? responderId = null, DateTimeOffset? now = null)
    {
        var users = new StaffUserStore(server.OwnerDataSource, server.Services.GetRequiredService<FieldProtector>()); // as the CLI: the owner
        var created = await users.CreateAsync(organisation, email, "Staff " + email[..email.IndexOf('@')], role, responderId,
            now ?? DateTimeOffset.UtcNow, CancellationToken.None);
        return new StaffAccount(created.Id, created.OrganisationId, email, created.Password, created.TotpSecret);
    }

    /// <summary>The code the person's authenticator app shows at <paramref name="now"/>.</summary>
    public string CodeAt(DateTimeOffset now) => Totp.Code(TotpSecret, Totp.StepAt(now));
}
