using System.Net.Mail;
using Hotline.Storage.Identity;
using Hotline.Storage.Migrations;
using Hotline.Storage.Protection;
using Npgsql;

namespace Hotline.Server.Cli;

/// <summary>
/// `staff create-admin --organisation NAME --email E [--name N]`, `staff create --organisation NAME --email E --role R
/// [--responder ID] [--name N]`, `staff disable --email E`, `staff unlock --email E` (lifts the sign-in delay). There are no default accounts: the first admin comes from
/// here. The one-time password and the TOTP secret (as an otpauth:// URI for an authenticator app) are printed once;
/// only the password's hash and the encrypted secret are stored. Needs ConnectionStrings:Hotline and
/// Hotline:EncryptionKey, the same settings as the service (the secret is encrypted with the service's key).
/// </summary>
public static class StaffCommand
{
    public const string Issuer = "Hotline";

    public static async Task<int> RunAsync(string[] args)
    {
        if (CliSettings.ConnectionString() is not { } connectionString) return 2;
        if (CliSettings.Protector() is not { } protector) return 2;
        return await RunAsync(args, connectionString, protector, Console.Out, Console.Error, TimeProvider.System);
    }

    internal static async Task<int> RunAsync(string[] args, string connectionString, FieldProtector protector, TextWriter output,
        TextWriter errors, TimeProvider time)
    {
        var verb = args.Length > 0 ? args[0] : "";
        if (verb is not ("create-admin" or "create" or "disable" or "unlock"))
        {
            errors.WriteLine("""
                Usage: staff create-admin --organisation NAME --email E [--name DISPLAY NAME]
                       staff create --organisation NAME --email E --role responder|coordinator|admin [--responder ID] [--name DISPLAY NAME]
                       staff disable --email E
                       staff unlock --email E
                """);
            return 2;
        }

        var email = CommandLine.Option(args, "--email", "").Trim();
        if (!IsEmail(email))
        {
            errors.WriteLine("Give the person's email address: --email name@example.org");
            return 2;
        }
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new Migrator(dataSource).MigrateAsync();
        var users = new StaffUserStore(dataSource, protector);
        var now = time.GetUtcNow();

        if (verb == "disable")
        {
            if (await users.DisableAsync(email, now, CancellationToken.None))
            {
                output.WriteLine($"Disabled {email}; their sessions have ended.");
                return 0;
            }
            errors.WriteLine($"No active account for {email}.");
            return 1;
        }

        if (verb == "unlock")
        {
            if (await users.UnlockAsync(email, now, CancellationToken.None))
            {
                output.WriteLine($"Lifted the sign-in delay of {email}.");
                return 0;
            }
            errors.WriteLine($"No account for {email}.");
            return 1;
        }

        var organisation = CommandLine.Option(args, "--organisation", "").Trim();
        var role = verb == "create-admin" ? StaffRoles.Admin : CommandLine.Option(args, "--role", "");
        var name = CommandLine.Option(args, "--name", email).Trim();
        long? responderId = long.TryParse(CommandLine.Option(args, "--responder", ""), out var r) ? r : null;
        if (organisation.Length is 0 or > 200 || !StaffRoles.All.Contains(role) || name.Length is 0 or > 100)
        {
            errors.WriteLine("Give the organisation (--organisation \"NAME\"), and for `create` a role: --role responder|coordinator|admin.");
            return 2;
        }

        CreatedStaffUser created;
        try
        {
            created = await users.CreateAsync(organisation, email, name, role, responderId, now, CancellationToken.None);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            errors.WriteLine($"An account for {email} already exists.");
            return 1;
        }
        catch (ArgumentException ex)
        {
            errors.WriteLine(ex.Message);
            return 1;
        }

        output.WriteLine(created.OrganisationCreated
            ? $"Created organisation \"{organisation}\" (id {created.OrganisationId})."
            : $"Organisation \"{organisation}\" (id {created.OrganisationId}).");
        output.WriteLine($"Created {role} account {created.Id} for {email}.");
        output.WriteLine();
        output.WriteLine("One-time password (give it to the person by a separate, safe channel):");
        output.WriteLine();
        output.WriteLine("    " + created.Password);
        output.WriteLine();
        output.WriteLine("Second factor: add this to an authenticator app (scan it as a QR code, or paste it):");
        output.WriteLine();
        output.WriteLine("    " + Totp.OtpAuthUri(Issuer, StaffUserStore.Normalise(email), created.TotpSecret));
        output.WriteLine();
        output.WriteLine("This is the only time both are shown: only the password's hash and the encrypted secret are stored.");
        return 0;
    }

    private static bool IsEmail(string value) =>
        value.Length is > 3 and <= 254 && MailAddress.TryCreate(value, out var parsed) && parsed.Address == value;
}
