using Hotline.Server.Options;
using Hotline.Storage.Protection;
using Hotline.Storage.Tenancy;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hotline.Server.Startup;

/// <summary>Refuses to start when Hotline:EncryptionKey is not the key the database was written with (compared
/// through the stored key check value, never by trying to decrypt someone's data). Runs after the migrations.</summary>
public sealed class EncryptionKeyCheck(
    [FromKeyedServices(DatabaseConnections.OwnerKey)] NpgsqlDataSource owner, FieldProtector protector,
    IOptions<HotlineOptions> options, TimeProvider time, ILogger<EncryptionKeyCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Development without a key uses a throw-away key (HotlineApp): there is nothing to compare it with.
        if (string.IsNullOrWhiteSpace(options.Value.EncryptionKey)) return;
        switch (await KeyCheckStore.CheckAsync(owner, protector.KeyCheckValue(), time.GetUtcNow(), cancellationToken))
        {
            case KeyCheckStore.Outcome.Recorded:
                logger.LogInformation("Recorded the encryption key's check value; later starts refuse a different key");
                break;
            case KeyCheckStore.Outcome.NoTable:
                logger.LogWarning("The encryption key could not be checked: migration 0012 is not applied yet");
                break;
            case KeyCheckStore.Outcome.Differs:
                throw new InvalidOperationException(
                    "Refusing to start: Hotline:EncryptionKey is not the key this database was written with (its key check value differs). " +
                    "Configure the original key; a different key cannot read the stored numbers and messages. See docs/security.md.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
