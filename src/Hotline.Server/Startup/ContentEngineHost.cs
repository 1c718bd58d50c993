using Hotline.Content;
using Hotline.Domain.Agencies;
using Hotline.Domain.Conversations;
using Hotline.Domain.Dialogs;
using Hotline.Server.Options;
using Hotline.Storage.Agencies;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hotline.Server.Startup;

/// <summary>
/// The dialog engine over the content folder, plus the newest agency register the operator imported (which replaces
/// the shipped sample). Content is loaded and fully checked at start-up; a newer imported register swaps in a new
/// snapshot while running — each step reads the current one, so no conversation sees half of each.
/// </summary>
public sealed class ContentEngineHost : IConversationEngine
{
    private readonly string _directory;
    private readonly AgencyRegisterStore _registers;
    private readonly ILogger<ContentEngineHost> _logger;
    private volatile ContentSnapshot _snapshot;
    private long? _registerId;

    public ContentEngineHost(IOptions<HotlineOptions> options, NpgsqlDataSource dataSource, ILogger<ContentEngineHost> logger)
    {
        _directory = ContentPaths.Resolve(options.Value.ContentPath);
        _registers = new AgencyRegisterStore(dataSource);
        _logger = logger;
        _snapshot = ContentLoader.Load(_directory, DialogActions.All());
        logger.LogInformation("Content loaded from {ContentPath}", _directory);
    }

    public StepResult Step(ConversationState state, StepInput input, DateTimeOffset now) =>
        DialogEngine.Step(_snapshot, state, input, now);

    /// <summary>Loads the newest imported register if it is not the one in use. Returns true when it swapped.</summary>
    public async Task<bool> RefreshAgenciesAsync(CancellationToken ct)
    {
        StoredRegister? stored;
        try { stored = await _registers.LatestAsync(ct); }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable) { return false; } // before migrations
        if (stored is null || stored.Id == _registerId) return false;
        var parsed = AgencyCsv.Parse(stored.Csv);
        if (!parsed.IsValid)
        {
            _logger.LogError("Imported agency register {RegisterId} no longer parses; keeping the one in use", stored.Id);
            return false;
        }
        _snapshot = ContentLoader.Load(_directory, DialogActions.All(), new AgencyRegister(parsed.Agencies));
        _registerId = stored.Id;
        _logger.LogInformation("Agency register {RegisterId} ({Rows} agencies) is now in use", stored.Id, parsed.Agencies.Count);
        return true;
    }
}
