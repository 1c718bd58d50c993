using Hotline.Storage.Admin;
using Hotline.Storage.Migrations;
using Npgsql;

namespace Hotline.Server.Cli;

/// <summary>
/// `apikey create --organisation NAME [--name LABEL]`, `apikey revoke --id N`, `apikey list`. Creating a key for an
/// organisation that does not exist creates it: this is how the first administrator gets in (there are no default
/// keys). The key is printed once and only its hash is stored. Uses ConnectionStrings:Hotline (environment:
/// ConnectionStrings__Hotline) and applies pending migrations first, like `migrate`.
/// </summary>
public static class ApiKeyCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (CliSettings.ConnectionString() is not { } connectionString) return 2;
        return await RunAsync(args, connectionString, Console.Out, Console.Error, TimeProvider.System);
    }

    internal static async Task<int> RunAsync(string[] args, string connectionString, TextWriter output, TextWriter errors, TimeProvider time)
    {
        var verb = args.Length > 0 ? args[0] : "";
        if (verb is not ("create" or "revoke" or "list"))
        {
            errors.WriteLine("""
                Usage: apikey create --organisation NAME [--name LABEL]
                       apikey revoke --id N
                       apikey list
                """);
            return 2;
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new Migrator(dataSource).MigrateAsync();
        var keys = new ApiKeyStore(dataSource);
        var now = time.GetUtcNow();

        switch (verb)
        {
            case "create":
            {
                var organisation = CommandLine.Option(args, "--organisation", "").Trim();
                if (organisation.Length is 0 or > 200)
                {
                    errors.WriteLine("Give the organisation's name: apikey create --organisation \"NAME\" [--name LABEL]");
                    return 2;
                }
                var name = CommandLine.Option(args, "--name", $"created {now:yyyy-MM-dd}").Trim();
                var created = await keys.CreateAsync(organisation, name, now, CancellationToken.None);
                output.WriteLine(created.OrganisationCreated
                    ? $"Created organisation \"{organisation}\" (id {created.OrganisationId})."
                    : $"Organisation \"{organisation}\" (id {created.OrganisationId}).");
                output.WriteLine($"API key {created.Id} \"{name}\":");
                output.WriteLine();
                output.WriteLine("    " + created.Key);
                output.WriteLine();
                output.WriteLine("This is the only time the key is shown: only its hash is stored. Keep it in a password manager.");
                output.WriteLine($"Use it as 'Authorization: Bearer <key>'. Revoke it with: apikey revoke --id {created.Id}");
                return 0;
            }
            case "revoke":
            {
                if (!long.TryParse(CommandLine.Option(args, "--id", ""), out var id))
                {
                    errors.WriteLine("Give the key's id: apikey revoke --id N (apikey list shows the ids).");
                    return 2;
                }
                if (await keys.RevokeAsync(id, now, CancellationToken.None))
                {
                    output.WriteLine($"API key {id} revoked; requests with it are refused from now on.");
                    return 0;
                }
                errors.WriteLine($"No active API key with id {id}.");
                return 1;
            }
            default:
            {
                foreach (var key in await keys.ListAsync(CancellationToken.None))
                    output.WriteLine($"{key.Id,6}  {key.Organisation}  \"{key.Name}\"  created {key.CreatedAt:yyyy-MM-dd HH:mm}Z"
                        + (key.RevokedAt is { } r ? $"  revoked {r:yyyy-MM-dd HH:mm}Z" : ""));
                return 0;
            }
        }
    }
}
